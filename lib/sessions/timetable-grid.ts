/**
 * The timetable board's geometry as pure functions: which hours the grid spans, how tall a
 * five-minute row is, where each block sits, and how a pointer position or drag distance becomes a
 * start time or a duration. The component (components/organiser/timetable/) only draws what this says.
 */

/** Minutes per grid row. */
export const STEP = 5;
/** Drag and drop and resizing snap to quarter hours. */
export const SNAP = 15;
/** The column of sessions without a room (or whose room is gone). */
export const NO_ROOM = "__none__";
/** Row height at the default zoom when every session is long: an hour is 7.2 rem. */
export const BASE_ROW_REM = 0.6;
/**
 * The height a block needs to show its first line (time, host, edit button) and a two-line title:
 * the shortest session of the day gets at least this, so no block hides its title or edit control.
 */
export const MIN_BLOCK_REM = 4.2;
/** Sessions shorter than this do not stretch the whole day further: they show the compact layout. */
export const SHORTEST_STRETCHED = 20;
/** Above this the grid would grow too tall to overview; the rows stop growing. */
export const MAX_ROW_REM = 1.1;

export type GridSession = { id: string; roomId: string | null; startMinute: number; endMinute: number; minutes: number };
export type GridColumn = { id: string; name: string };

const pad = (n: number) => String(n).padStart(2, "0");
export const hhmm = (minute: number) => `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;

/** Whole hours from 08:00 (or the earliest session) to 18:00 (or the latest end). */
export function dayRange(sessions: Pick<GridSession, "startMinute" | "endMinute">[]): { first: number; last: number; rows: number } {
  const first = Math.min(8 * 60, ...sessions.map((s) => Math.floor(s.startMinute / 60) * 60));
  const last = Math.max(18 * 60, ...sessions.map((s) => Math.ceil(s.endMinute / 60) * 60));
  return { first, last, rows: (last - first) / STEP };
}

/**
 * How tall a five-minute row is (rem): tall enough that the shortest session of the day (but at
 * least SHORTEST_STRETCHED minutes) gets MIN_BLOCK_REM, never below the base and never above the cap.
 */
export function rowHeightRem(sessions: Pick<GridSession, "minutes">[]): number {
  if (sessions.length === 0) return BASE_ROW_REM;
  const shortest = Math.max(SHORTEST_STRETCHED, Math.min(...sessions.map((s) => s.minutes)));
  const needed = MIN_BLOCK_REM / (shortest / STEP);
  return Math.round(Math.min(MAX_ROW_REM, Math.max(BASE_ROW_REM, needed)) * 1000) / 1000;
}

/** How much of a block fits: "compact" (time, edit and a one-line title) or "full" (also track, speakers, seats). */
export function blockLayout(minutes: number, rowRem: number): "compact" | "full" {
  return (minutes / STEP) * rowRem >= MIN_BLOCK_REM * 1.6 ? "full" : "compact";
}

/** The rooms as columns, plus "no room" when a session has none or its room is gone. */
export function gridColumns(rooms: GridColumn[], sessions: Pick<GridSession, "roomId">[], noRoomName: string): GridColumn[] {
  const known = new Set(rooms.map((r) => r.id));
  const unroomed = sessions.some((s) => !s.roomId || !known.has(s.roomId));
  return [...rooms.map((r) => ({ id: r.id, name: r.name })), ...(unroomed ? [{ id: NO_ROOM, name: noRoomName }] : [])];
}

/** CSS grid placement of a block (row 1 holds the room names, column 1 the hours). */
export function blockPlacement(session: GridSession, columns: GridColumn[], range: { first: number; last: number }, minutes = session.minutes) {
  const roomColumn = columns.findIndex((c) => c.id === session.roomId);
  const column = roomColumn >= 0 ? roomColumn : columns.findIndex((c) => c.id === NO_ROOM);
  const end = Math.min(range.last, session.startMinute + minutes);
  // Whole rows: a start or end off the five-minute raster rounds outwards, and a block is never empty.
  const startRow = 2 + Math.floor((session.startMinute - range.first) / STEP);
  const endRow = Math.max(startRow + 1, 2 + Math.ceil((end - range.first) / STEP));
  return { gridColumn: column + 2, gridRow: `${startRow} / ${endRow}`, end };
}

/**
 * Start time for a block dropped with the pointer at `offsetY` pixels from the lane's top (of
 * `laneHeight`), grabbed `grabOffset` minutes below its own top; snapped, and kept within the day.
 */
export function dropStart(offsetY: number, laneHeight: number, range: { first: number; last: number }, grabOffset: number): number {
  const pointer = range.first + (offsetY / laneHeight) * (range.last - range.first);
  return Math.max(0, Math.min(24 * 60 - SNAP, Math.round((pointer - grabOffset) / SNAP) * SNAP));
}

/** Where in a block (in minutes from its top) the pointer grabbed it. */
export function grabOffset(offsetY: number, blockHeight: number, minutes: number): number {
  return blockHeight > 0 ? Math.round((offsetY / blockHeight) * minutes) : 0;
}

/** Duration after dragging the bottom edge by `deltaY` pixels; snapped, at least one snap. */
export function resizedMinutes(minutes: number, deltaY: number, pxPerMinute: number): number {
  if (!(pxPerMinute > 0)) return minutes;
  return Math.max(SNAP, minutes + Math.round(deltaY / pxPerMinute / SNAP) * SNAP);
}
