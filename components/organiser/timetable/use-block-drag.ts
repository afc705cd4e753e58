"use client";

import { useRef, useState, type DragEvent, type PointerEvent as ReactPointerEvent } from "react";
import { NO_ROOM, dropStart, grabOffset, hhmm, resizedMinutes } from "@/lib/sessions/timetable-grid";
import type { TimetableSession } from "./types";

type Move = (session: TimetableSession, change: { start?: string; minutes?: number; roomId?: string | null }) => void;

/**
 * Pointer work on the board: dragging a block to another lane or time (HTML drag and drop) and
 * resizing it by its bottom edge (pointer capture), with a live preview of the new length. The
 * arithmetic lives in lib/sessions/timetable-grid.ts; this hook only measures the DOM.
 */
export function useBlockDrag({ sessions, range, move }: { sessions: TimetableSession[]; range: { first: number; last: number }; move: Move }) {
  const grab = useRef<{ id: string; offset: number } | null>(null);
  const [preview, setPreview] = useState<{ id: string; minutes: number } | null>(null);

  function onDragStart(event: DragEvent<HTMLElement>, session: TimetableSession) {
    const rect = event.currentTarget.getBoundingClientRect();
    grab.current = { id: session.id, offset: grabOffset(event.clientY - rect.top, rect.height, session.minutes) };
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", session.id);
  }

  function onDragOver(event: DragEvent<HTMLElement>) {
    if (grab.current) event.preventDefault();
  }

  /** A drop anywhere on the grid (also over another block): the lane under the pointer gives the room, its height the time. */
  function onDrop(event: DragEvent<HTMLElement>) {
    event.preventDefault();
    const dragged = grab.current;
    grab.current = null;
    const session = sessions.find((s) => s.id === dragged?.id);
    if (!session || !dragged) return;
    const lane = [...event.currentTarget.querySelectorAll<HTMLElement>(".timetable__lane")].find((l) => {
      const r = l.getBoundingClientRect();
      return event.clientX >= r.left && event.clientX < r.right;
    });
    if (!lane) return;
    const roomId = lane.dataset.roomId ?? NO_ROOM;
    const rect = lane.getBoundingClientRect();
    const start = dropStart(event.clientY - rect.top, rect.height, range, dragged.offset);
    move(session, { start: hhmm(start), roomId: roomId === NO_ROOM ? null : roomId });
  }

  function onResizeStart(event: ReactPointerEvent<HTMLElement>, session: TimetableSession) {
    event.preventDefault();
    event.stopPropagation();
    const handle = event.currentTarget;
    const lane = handle.closest(".timetable")?.querySelector(".timetable__lane");
    const pxPerMinute = lane ? lane.getBoundingClientRect().height / (range.last - range.first) : 0;
    const originY = event.clientY;
    handle.setPointerCapture(event.pointerId);
    let minutes = session.minutes;
    const onMove = (e: PointerEvent) => {
      minutes = resizedMinutes(session.minutes, e.clientY - originY, pxPerMinute);
      setPreview({ id: session.id, minutes });
    };
    const onUp = () => {
      handle.removeEventListener("pointermove", onMove);
      handle.removeEventListener("pointerup", onUp);
      if (minutes !== session.minutes) move(session, { minutes });
      else setPreview(null);
    };
    handle.addEventListener("pointermove", onMove);
    handle.addEventListener("pointerup", onUp);
  }

  return { preview, clearPreview: () => setPreview(null), onDragStart, onDragOver, onDrop, onResizeStart };
}
