/** Groups a conference's sessions into days and time slots, in the conference's time zone. Pure. */
import { dayKey } from "../format/datetime";

type Groupable = { startsAt: Date; endsAt: Date; room: { position: number; name: string } | null; title: string };

export type ProgrammeDay<S> = { key: string; date: Date; slots: { startsAt: Date; sessions: S[] }[] };

export function groupProgramme<S extends Groupable>(sessions: S[], timeZone: string): ProgrammeDay<S>[] {
  const days = new Map<string, ProgrammeDay<S>>();
  const sorted = [...sessions].sort(
    (a, b) =>
      a.startsAt.getTime() - b.startsAt.getTime() ||
      (a.room?.position ?? 999) - (b.room?.position ?? 999) ||
      a.title.localeCompare(b.title),
  );
  for (const session of sorted) {
    const key = dayKey(session.startsAt, timeZone);
    let day = days.get(key);
    if (!day) {
      day = { key, date: session.startsAt, slots: [] };
      days.set(key, day);
    }
    const last = day.slots.at(-1);
    if (last && last.startsAt.getTime() === session.startsAt.getTime()) last.sessions.push(session);
    else day.slots.push({ startsAt: session.startsAt, sessions: [session] });
  }
  return [...days.values()];
}
