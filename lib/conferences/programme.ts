/**
 * Groups a conference's sessions into days and time slots, in the conference's time zone, and
 * says which room column each session belongs to, so wide screens can show a day as a grid of
 * rooms and phones as a list. Pure.
 */
import { dayKey } from "../format/datetime";

type GroupableRoom = { id: string; name: string; position: number };
type Groupable = { startsAt: Date; endsAt: Date; room: GroupableRoom | null; title: string };

export type ProgrammeSlot<S> = {
  startsAt: Date;
  /** A slot with a single session is plenary: it spans every room column. */
  plenary: boolean;
  sessions: { session: S; column: number | null }[];
};

export type ProgrammeDay<S> = {
  key: string;
  date: Date;
  /** The rooms in use that day, in the conference's room order; column n is rooms[n]. */
  rooms: GroupableRoom[];
  slots: ProgrammeSlot<S>[];
};

const byRoom = (a: GroupableRoom | null, b: GroupableRoom | null) =>
  (a?.position ?? Number.MAX_SAFE_INTEGER) - (b?.position ?? Number.MAX_SAFE_INTEGER) || (a?.name ?? "").localeCompare(b?.name ?? "");

export function groupProgramme<S extends Groupable>(sessions: S[], timeZone: string): ProgrammeDay<S>[] {
  const sorted = [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || byRoom(a.room, b.room) || a.title.localeCompare(b.title));
  const days = new Map<string, { date: Date; sessions: S[] }>();
  for (const session of sorted) {
    const key = dayKey(session.startsAt, timeZone);
    const day = days.get(key) ?? { date: session.startsAt, sessions: [] };
    day.sessions.push(session);
    days.set(key, day);
  }
  return [...days].map(([key, day]) => {
    const rooms = [...new Map(day.sessions.flatMap((s) => (s.room ? [[s.room.id, s.room] as const] : []))).values()].sort(byRoom);
    const column = new Map(rooms.map((r, i) => [r.id, i]));
    const slots: ProgrammeSlot<S>[] = [];
    for (const session of day.sessions) {
      let slot = slots.at(-1);
      if (!slot || slot.startsAt.getTime() !== session.startsAt.getTime()) {
        slot = { startsAt: session.startsAt, plenary: true, sessions: [] };
        slots.push(slot);
      }
      slot.sessions.push({ session, column: session.room ? (column.get(session.room.id) ?? null) : null });
      slot.plenary = slot.sessions.length === 1;
    }
    return { key, date: day.date, rooms, slots };
  });
}
