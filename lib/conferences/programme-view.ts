/**
 * The public programme as plain, serialisable data for one language: texts picked (English with
 * German fallback, lib/localized.ts), times formatted in the conference's zone, grouped into days
 * and slots with room columns. The browser filters this without asking the server again. Pure.
 *
 * All of it crosses to the browser as JSON inside the page's HTML (issue 15: the page stays under
 * 60 KB; packed by programme-wire.ts), so it holds only what the programme shows or filters by:
 * tracks, hosts and speakers are listed once and referred to by index, and the search text carries
 * only what a card does not show.
 */
import { formatDayLong, formatDayShort, formatTime, formatTimeRange } from "../format/datetime";
import { pickLocalized, pickOptionalLocalized, type ContentLocale, type LocalizedText } from "../localized";
import { seatsLeft } from "../registrations/rules";
import { groupProgramme } from "./programme";
import { extraSearchWords, searchText, type FilterableSession } from "./programme-filter";
import type { PublicConference, PublicSession } from "./queries";

export type ProgrammeEntry = {
  id: string;
  title: string;
  /** The title's language when it is not the page's (a German fallback on the English site). */
  titleLang: ContentLocale | null;
  time: string;
  format: string;
  language: string;
  room: string | null;
  /** Indexes into the view's tracks, hosts and speakers. */
  track: number | null;
  host: number;
  speakers: number[];
  cancelled: boolean;
  /** null: no limit. */
  seatsLeft: number | null;
  /** Room column in the day's grid; null spans all columns. */
  column: number | null;
  /** Searchable words the card does not show: from the title in the other language and the abstract the reader is shown (see extraSearchWords). */
  searchExtra: string;
};

export type ProgrammeSlotView = { startsAt: string; time: string; plenary: boolean; sessions: ProgrammeEntry[] };
/** `rooms`: the names of the day's room columns. */
export type ProgrammeDayView = { key: string; label: string; shortLabel: string; rooms: string[]; slots: ProgrammeSlotView[] };

export type ProgrammeView = {
  slug: string;
  days: ProgrammeDayView[];
  /** Only tracks and hosts that have sessions: the filters offer these. */
  tracks: { id: string; name: string; color: string | null }[];
  hosts: { slug: string; shortName: string; name: string }[];
  speakers: { id: string; name: string }[];
};

/** A session's title in the reader's language; the base text is in the session's own language. */
export function sessionTitle(s: Pick<PublicSession, "title" | "titleEn" | "language">, locale: string): LocalizedText {
  return pickLocalized(s.title, s.titleEn, locale, s.language);
}

export function programmeView(c: PublicConference, locale: string): ProgrammeView {
  const days = groupProgramme(c.sessions, c.timeZone);
  const tracks = c.tracks.filter((t) => c.sessions.some((s) => s.track?.id === t.id)).map((t) => ({ id: t.id, name: t.name, color: t.color ?? null }));
  const hosts = c.hosts.filter((h) => c.sessions.some((s) => s.host.slug === h.host.slug)).map((h) => ({ slug: h.host.slug, shortName: h.host.shortName, name: h.host.name }));
  // A session's host is normally one of the conference's; should it not be, it is listed too.
  for (const s of c.sessions) if (!hosts.some((h) => h.slug === s.host.slug)) hosts.push({ slug: s.host.slug, shortName: s.host.shortName, name: s.host.name });
  const speakers: ProgrammeView["speakers"] = [];
  const speakerIndex = (speaker: { id: string; name: string }) => {
    let i = speakers.findIndex((x) => x.id === speaker.id);
    if (i < 0) i = speakers.push({ id: speaker.id, name: speaker.name }) - 1;
    return i;
  };
  const entry = (s: PublicSession, column: number | null): ProgrammeEntry => {
    const title = sessionTitle(s, locale);
    const trackIndex = s.track ? tracks.findIndex((t) => t.id === s.track?.id) : -1;
    const shown = { title: title.text, room: s.room?.name ?? null, track: s.track ?? null, host: s.host, speakers: s.speakers.map((x) => x.speaker.name) };
    return {
      id: s.id,
      title: title.text,
      titleLang: title.lang === locale ? null : title.lang,
      time: formatTimeRange(s.startsAt, s.endsAt, c.timeZone, locale),
      format: s.format,
      language: s.language,
      room: s.room?.name ?? null,
      track: trackIndex < 0 ? null : trackIndex,
      host: hosts.findIndex((h) => h.slug === s.host.slug),
      speakers: s.speakers.map((x) => speakerIndex(x.speaker)),
      cancelled: s.status === "cancelled",
      seatsLeft: seatsLeft(s.capacity, s.seatsTaken),
      column,
      searchExtra: extraSearchWords([s.title, s.titleEn, pickOptionalLocalized(s.abstract, s.abstractEn, locale, s.language)?.text].filter(Boolean).join(" "), shownSearchText(shown)),
    };
  };
  return {
    slug: c.slug,
    days: days.map((day) => ({
      key: day.key,
      label: formatDayLong(day.date, c.timeZone, locale),
      shortLabel: formatDayShort(day.date, c.timeZone, locale),
      rooms: day.rooms.map((r) => r.name),
      slots: day.slots.map((slot) => ({
        startsAt: slot.startsAt.toISOString(),
        time: formatTime(slot.startsAt, c.timeZone, locale),
        plenary: slot.plenary,
        sessions: slot.sessions.map(({ session, column }) => entry(session, column)),
      })),
    })),
    tracks,
    hosts,
    speakers,
  };
}

type Shown = { title: string; room: string | null; track: { name: string } | null; host: { name: string; shortName: string }; speakers: string[] };

/** The searchable text a card shows. */
function shownSearchText(s: Shown): string {
  return searchText([s.title, s.room, s.track?.name, s.host.name, s.host.shortName, ...s.speakers]);
}

/** What the filters match a programme entry against (in the browser): its day, references resolved, and every searchable text. */
export function filterableEntry(s: ProgrammeEntry, day: string, view: Pick<ProgrammeView, "tracks" | "hosts" | "speakers">): FilterableSession {
  const track = s.track === null ? null : view.tracks[s.track];
  const host = view.hosts[s.host];
  const shown = shownSearchText({ title: s.title, room: s.room, track, host, speakers: s.speakers.map((i) => view.speakers[i].name) });
  return {
    id: s.id,
    day,
    trackId: track?.id ?? null,
    format: s.format,
    language: s.language,
    hostSlug: host.slug,
    cancelled: s.cancelled,
    seatsLeft: s.seatsLeft,
    search: s.searchExtra ? `${shown} ${s.searchExtra}` : shown,
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
