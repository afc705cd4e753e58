"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type CSSProperties } from "react";
import type { EditSessionInput } from "@/lib/sessions/schema";
import { blockLayout, blockPlacement, dayRange, gridColumns, hhmm, rowHeightRem, STEP } from "@/lib/sessions/timetable-grid";
import { FailureNotice } from "./failure-notice";
import { SessionDialog } from "./session-dialog";
import { failureOf, type Board, type DialogState, type TimetableActions, type TimetableFailure, type TimetableSession } from "./types";
import { useBlockDrag } from "./use-block-drag";

type Message = { kind: "success"; text: string } | { kind: "error"; failure: TimetableFailure };

/**
 * The day's timetable: rooms as columns, time as rows, sessions as blocks. Editable blocks can be
 * dragged to another room or time and resized by their bottom edge; every block also has an
 * "Edit" button opening a form with day, time, duration and room — the keyboard path.
 */
export function TimetableBoard({ timetable, actions }: { timetable: Board; actions: TimetableActions }) {
  const t = useTranslations("organiser.timetable");
  const router = useRouter();
  const [message, setMessage] = useState<Message | null>(null);
  const [dialog, setDialog] = useState<DialogState>(null);
  const [pending, startTransition] = useTransition();
  const createButton = useRef<HTMLButtonElement>(null);
  /** The block that gets the focus back after the dialog closes (the edited one, or the one just created). */
  const focusAfterDialog = useRef<string | null>(null);

  const columns = gridColumns(timetable.rooms, timetable.sessions, t("noRoom"));
  const range = dayRange(timetable.sessions);
  const { first, last, rows } = range;
  const rowRem = rowHeightRem(timetable.sessions);
  const hostIndex = new Map(timetable.hosts.map((h, i) => [h.id, i]));
  const trackName = new Map(timetable.tracks.map((tr) => [tr.id, tr.name]));
  const canCreate = timetable.hosts.some((h) => h.canSchedule);

  function report(success: string) {
    setMessage({ kind: "success", text: success });
    router.refresh();
  }

  function move(session: TimetableSession, change: Partial<Pick<EditSessionInput, "start" | "minutes" | "roomId">>) {
    startTransition(async () => {
      // Only the slot (and the room of the lane it was dropped in): what is not sent stays as it is.
      const result = await actions.save({ sessionId: session.id, day: session.day, start: session.start, minutes: session.minutes, ...change });
      const failure = failureOf(result);
      if (failure) setMessage({ kind: "error", failure });
      else if (result.ok && result.data.ok) report(`${t("saved", { title: result.data.title })} ${t("notified", { count: result.data.notified })}`);
      drag.clearPreview();
    });
  }
  const drag = useBlockDrag({ sessions: timetable.sessions, range, move });

  // Focus goes back to the block the dialog was about (WCAG 2.4.3); a new block appears only after
  // the refresh, so this runs again when the sessions change until the block is there.
  useEffect(() => {
    const id = focusAfterDialog.current;
    if (!id || dialog) return;
    const edit = document.querySelector<HTMLElement>(`[data-testid="session-${CSS.escape(id)}"] .timetable__edit`);
    if (edit) {
      edit.focus();
      focusAfterDialog.current = null;
    } else if (id === "create") {
      createButton.current?.focus();
      focusAfterDialog.current = null;
    }
  }, [dialog, timetable.sessions]);

  function openDialog(state: NonNullable<DialogState>) {
    focusAfterDialog.current = state.mode === "edit" ? state.session.id : "create";
    setDialog(state);
  }

  const gridStyle: CSSProperties = { gridTemplateColumns: `4.5rem repeat(${columns.length}, minmax(11rem, 1fr))`, gridTemplateRows: `auto repeat(${rows}, ${rowRem}rem)` };

  return (
    <div className="stack">
      <div className="timetable-toolbar">
        <ul className="timetable-legend" aria-label={t("legend")}>
          {timetable.hosts.map((h, i) => (
            <li key={h.id} className={`host-swatch host-${i % 6}`}>
              {h.shortName}
            </li>
          ))}
        </ul>
        {canCreate && (
          <button type="button" className="button" ref={createButton} onClick={() => openDialog({ mode: "create", roomId: timetable.rooms[0]?.id ?? null, start: "09:00" })}>
            + {t("create")}
          </button>
        )}
      </div>
      <div aria-live="polite" aria-atomic="true">
        {pending && <p className="notice">{t("moving")}</p>}
        {!pending && message?.kind === "success" && (
          <p className="notice notice--success" role="status">
            {message.text}
          </p>
        )}
      </div>
      {!pending && message?.kind === "error" && !dialog && <FailureNotice failure={message.failure} />}

      <div className="timetable-scroll card">
        <div
          className="timetable"
          style={gridStyle}
          onDragOver={drag.onDragOver}
          onDrop={drag.onDrop}
        >
          <div className="timetable__corner">{t("time")}</div>
          {columns.map((c, i) => (
            <div key={c.id} className="timetable__room" style={{ gridColumn: i + 2 }}>
              {c.name}
            </div>
          ))}
          {Array.from({ length: (last - first) / 60 }, (_, h) => (
            <div key={h} className="timetable__hour" style={{ gridRow: `${2 + (h * 60) / STEP} / span ${60 / STEP}` }}>
              {hhmm(first + h * 60)}
            </div>
          ))}
          {columns.map((c, i) => (
            <div
              key={c.id}
              className="timetable__lane"
              style={{ gridColumn: i + 2, gridRow: `2 / span ${rows}`, backgroundSize: `100% ${(60 / STEP) * rowRem}rem` }}
              data-room={c.name}
              data-room-id={c.id}
            />
          ))}
          {timetable.sessions.map((s) => {
            const minutes = drag.preview?.id === s.id ? drag.preview.minutes : s.minutes;
            const place = blockPlacement(s, columns, range, minutes);
            const layout = blockLayout(minutes, rowRem);
            const classes = ["timetable__session", `is-${layout}`, `host-${(hostIndex.get(s.hostId) ?? 0) % 6}`, s.canEdit ? "is-editable" : "is-locked", `is-${s.status}`, `format-${s.format}`];
            return (
              <article
                key={s.id}
                className={classes.join(" ")}
                style={{ gridColumn: place.gridColumn, gridRow: place.gridRow }}
                draggable={s.canEdit}
                onDragStart={(e) => drag.onDragStart(e, s)}
                aria-label={s.title}
                title={layout === "compact" ? s.title : undefined}
                data-testid={`session-${s.id}`}
              >
                {/* First line: time, host and the edit button, so that even a short block shows its edit control. */}
                <div className="timetable__head">
                  <p className="timetable__time">
                    {/* The host stays whole; in a narrow block the end time gives way first (globals.css). */}
                    <span className="timetable__range">
                      {s.start}
                      <span className="timetable__end">–{hhmm((s.startMinute + minutes) % (24 * 60))}</span> ·
                    </span>
                    <strong className="timetable__host">{s.host}</strong>
                    {s.status !== "scheduled" && <span className={`badge ${s.status === "cancelled" ? "badge--danger" : "badge--neutral"}`}>{t(s.status === "cancelled" ? "cancelled" : "draft")}</span>}
                  </p>
                  {s.canEdit && (
                    // A short block on a narrow column has no room for the word next to its time: a pencil, named for screen readers and on hover.
                    <button type="button" className="timetable__edit" onClick={() => openDialog({ mode: "edit", session: s })} aria-label={`${t("edit")}: ${s.title}`} title={layout === "compact" ? t("edit") : undefined}>
                      {layout === "compact" ? <span aria-hidden="true">✎</span> : t("edit")}
                    </button>
                  )}
                </div>
                <h3 className="timetable__title">{s.title}</h3>
                {layout === "full" && (
                  <>
                    {s.trackId && trackName.has(s.trackId) && <p className="timetable__meta">{trackName.get(s.trackId)}</p>}
                    {s.speakers.length > 0 && <p className="timetable__meta">{s.speakers.join(", ")}</p>}
                    <p className="timetable__meta">{s.capacity === null ? t("seatsOpen", { taken: s.seatsTaken }) : t("seats", { taken: s.seatsTaken, capacity: s.capacity })}</p>
                  </>
                )}
                {s.canEdit ? (
                  <span className="timetable__resize" onPointerDown={(e) => drag.onResizeStart(e, s)} aria-hidden="true" />
                ) : (
                  layout === "full" && <p className="timetable__meta timetable__lock">{t("readOnly")}</p>
                )}
              </article>
            );
          })}
        </div>
      </div>

      {dialog && (
        <SessionDialog
          key={dialog.mode === "edit" ? dialog.session.id : "create"}
          state={dialog}
          timetable={timetable}
          actions={actions}
          onClose={() => setDialog(null)}
          onDone={(text, createdId) => {
            if (createdId) focusAfterDialog.current = createdId;
            setDialog(null);
            setMessage({ kind: "success", text });
            router.refresh();
          }}
        />
      )}
    </div>
  );
}

