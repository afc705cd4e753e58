/**
 * The public programme as plain, serialisable data for one language: texts picked (English with
 * German fallback, lib/localized.ts), times formatted in the conference's zone, grouped into days
 * and slots with room columns. The browser filters this without asking the server again. Pure.
 */
import { dayKey, formatDayLong, formatDayShort, formatTime, formatTimeRange } from "../format/datetime";
import { pickLocalized, type LocalizedText } from "../localized";
import { seatsLeft } from "../registrations/rules";
import { groupProgramme } from "./programme";
import { searchText, type FilterableSession } from "./programme-filter";
import type { PublicConference, PublicSession } from "./queries";

export type ProgrammeEntry = FilterableSession & {
  title: LocalizedText;
  time: string;
  startsAt: string;
  room: string | null;
  track: { id: string; name: string; color: string | null } | null;
  host: { slug: string; name: string; shortName: string };
  speakers: { id: string; name: string }[];
  capacity: number | null;
  seatsTaken: number;
  /** Room column in the day's grid; null spans all columns. */
  column: number | null;
};

export type ProgrammeSlotView = { startsAt: string; time: string; plenary: boolean; sessions: ProgrammeEntry[] };
export type ProgrammeDayView = { key: string; label: string; shortLabel: string; rooms: { id: string; name: string }[]; slots: ProgrammeSlotView[] };

export type ProgrammeView = {
  slug: string;
  days: ProgrammeDayView[];
  tracks: { id: string; name: string }[];
  hosts: { slug: string; shortName: string; name: string }[];
};

/** A session's title in the reader's language; the base text is in the session's own language. */
export function sessionTitle(s: Pick<PublicSession, "title" | "titleEn" | "language">, locale: string): LocalizedText {
  return pickLocalized(s.title, s.titleEn, locale, s.language);
}

export function programmeView(c: PublicConference, locale: string): ProgrammeView {
  const days = groupProgramme(c.sessions, c.timeZone);
  const entry = (s: PublicSession, column: number | null): ProgrammeEntry => ({
    id: s.id,
    day: dayKey(s.startsAt, c.timeZone),
    trackId: s.track?.id ?? null,
    format: s.format,
    language: s.language,
    hostSlug: s.host.slug,
    cancelled: s.status === "cancelled",
    seatsLeft: seatsLeft(s.capacity, s.seatsTaken),
    search: searchText([s.title, s.titleEn, s.abstract, s.abstractEn, s.room?.name, s.track?.name, s.host.name, s.host.shortName, ...s.speakers.map((x) => x.speaker.name)]),
    title: sessionTitle(s, locale),
    time: formatTimeRange(s.startsAt, s.endsAt, c.timeZone, locale),
    startsAt: s.startsAt.toISOString(),
    room: s.room?.name ?? null,
    track: s.track ? { id: s.track.id, name: s.track.name, color: s.track.color } : null,
    host: { slug: s.host.slug, name: s.host.name, shortName: s.host.shortName },
    speakers: s.speakers.map((x) => ({ id: x.speaker.id, name: x.speaker.name })),
    capacity: s.capacity,
    seatsTaken: s.seatsTaken,
    column,
  });
  return {
    slug: c.slug,
    days: days.map((day) => ({
      key: day.key,
      label: formatDayLong(day.date, c.timeZone, locale),
      shortLabel: formatDayShort(day.date, c.timeZone, locale),
      rooms: day.rooms.map((r) => ({ id: r.id, name: r.name })),
      slots: day.slots.map((slot) => ({
        startsAt: slot.startsAt.toISOString(),
        time: formatTime(slot.startsAt, c.timeZone, locale),
        plenary: slot.plenary,
        sessions: slot.sessions.map(({ session, column }) => entry(session, column)),
      })),
    })),
    tracks: c.tracks.filter((t) => c.sessions.some((s) => s.track?.id === t.id)).map((t) => ({ id: t.id, name: t.name })),
    hosts: c.hosts.filter((h) => c.sessions.some((s) => s.host.slug === h.host.slug)).map((h) => ({ slug: h.host.slug, shortName: h.host.shortName, name: h.host.name })),
  };
}

/** "Prof. Dr. Zoë Fischer" → "fischer zoë": family name first, academic titles left out, for sorting. */
function sortName(name: string): string {
  const words = name.replace(/^((prof|dr)\.?\s+)+/i, "").trim().split(/\s+/);
  return [words.at(-1), ...words.slice(0, -1)].join(" ").toLowerCase();
}

/** The speakers of a conference's public sessions, by family name, each with their sessions in programme order. */
export function publicSpeakers(c: PublicConference) {
  const speakers = new Map<string, { id: string; name: string; organisation: string | null; bio: string | null; sessions: PublicSession[] }>();
  for (const s of c.sessions) {
    for (const { speaker } of s.speakers) {
      const entry = speakers.get(speaker.id) ?? { ...speaker, sessions: [] };
      entry.sessions.push(s);
      speakers.set(speaker.id, entry);
    }
  }
  return [...speakers.values()].sort((a, b) => sortName(a.name).localeCompare(sortName(b.name), "de"));
}
