/**
 * The conference programme in the formats conference apps read (Giggity, ConfClerk, the c3voc
 * tools, pretalx/frab importers): frab's schedule.json as the c3voc schema describes it, and frab's
 * schedule.xml. Pure: a conference with its sessions in, a document out.
 *
 * Choices: times in the conference's zone (dates with their UTC offset, "HH:MM" starts); GUIDs are
 * UUIDv5 of the session id (lib/schedule/guid.ts), the numeric ids derived from them; only
 * scheduled sessions — drafts never, cancelled ones left out as frab and pretalx do (apps drop an
 * event whose GUID disappears); a session without a room is listed under the venue's name.
 */
import { conferenceDays } from "../sessions/rules";
import { toIsoWithOffset, toWallTime, zonedToUtc } from "../time/zoned";
import { numericId, personGuid, roomGuid, sessionGuid } from "./guid";

export type ScheduleInput = {
  slug: string;
  title: string;
  description: string;
  timeZone: string;
  startsAt: Date;
  endsAt: Date;
  venueName: string;
  rooms: { id: string; name: string; description: string | null; capacity: number | null }[];
  tracks: { name: string; color: string | null }[];
  sessions: {
    id: string;
    title: string;
    abstract: string;
    format: string;
    language: string;
    status: string;
    startsAt: Date;
    endsAt: Date;
    room: { id: string; name: string } | null;
    track: { name: string } | null;
    speakers: { speaker: { id: string; name: string; bio: string | null } }[];
  }[];
};

export type ScheduleOptions = { baseUrl: string; version: string; generatorVersion: string };

/** Tagung's formats as the event types apps know (c3voc lists talk, workshop, meeting, discussion, other, …). */
const EVENT_TYPES: Record<string, string> = { keynote: "talk", talk: "talk", workshop: "workshop", panel: "discussion", forum: "discussion", networking: "meeting", break: "other", other: "other" };

const pad = (n: number) => String(n).padStart(2, "0");
const hhmm = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/** The c3voc acronym pattern allows lower-case letters, digits and underscores (a hyphen only first). */
export function acronymOf(slug: string): string {
  const base = slug.toLowerCase().replace(/[^a-z0-9_]+/g, "_").replace(/^_+|_+$/g, "");
  return base.padEnd(4, "_");
}

/** An ASCII slug for URLs and file names: "Fachkräfte sichern!" → "fachkraefte-sichern". */
export function slugify(text: string): string {
  return text
    .replace(/[äÄ]/g, "ae")
    .replace(/[öÖ]/g, "oe")
    .replace(/[üÜ]/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

type Event = ReturnType<typeof eventOf>;

function eventOf(c: ScheduleInput, s: ScheduleInput["sessions"][number], options: ScheduleOptions) {
  const guid = sessionGuid(s.id);
  const id = numericId(guid);
  const wall = toWallTime(s.startsAt, c.timeZone);
  const minutes = Math.max(0, Math.round((s.endsAt.getTime() - s.startsAt.getTime()) / 60_000));
  const titleSlug = slugify(s.title);
  return {
    guid,
    id,
    date: toIsoWithOffset(s.startsAt, c.timeZone),
    start: `${pad(wall.hour)}:${pad(wall.minute)}`,
    duration: hhmm(minutes),
    room: s.room?.name ?? c.venueName,
    slug: `${acronymOf(c.slug)}-${id}${titleSlug ? `-${titleSlug}` : ""}`,
    url: `${options.baseUrl}/conferences/${c.slug}/sessions/${s.id}`,
    title: s.title,
    subtitle: "",
    track: s.track?.name ?? null,
    type: EVENT_TYPES[s.format] ?? "other",
    language: s.language,
    abstract: s.abstract,
    description: "",
    recording_license: "",
    do_not_record: null,
    persons: s.speakers.map(({ speaker }) => ({ guid: personGuid(speaker.id), name: speaker.name, public_name: speaker.name, ...(speaker.bio ? { biography: speaker.bio } : {}) })),
    links: [] as { url: string; title: string }[],
    attachments: [] as { url: string; title: string }[],
  };
}

type Day = { index: number; date: string; day_start: string; day_end: string; rooms: Record<string, Event[]> };

function days(c: ScheduleInput, events: { event: Event; startsAt: Date; endsAt: Date }[], roomNames: string[]): Day[] {
  const first = toWallTime(c.startsAt, c.timeZone);
  const last = toWallTime(c.endsAt, c.timeZone);
  return conferenceDays(c.startsAt, c.endsAt, c.timeZone).map((date, i) => {
    const [year, month, day] = date.split("-").map(Number);
    const onDay = events.filter((e) => e.event.date.slice(0, 10) === date);
    // The conference's daily hours, widened to any session outside them.
    let start = zonedToUtc({ year, month, day, hour: first.hour, minute: first.minute }, c.timeZone);
    let end = zonedToUtc({ year, month, day, hour: last.hour, minute: last.minute }, c.timeZone);
    if (end <= start) end = zonedToUtc({ year, month, day, hour: 23, minute: 59 }, c.timeZone);
    for (const e of onDay) {
      if (e.startsAt < start) start = e.startsAt;
      if (e.endsAt > end) end = e.endsAt;
    }
    const rooms: Record<string, Event[]> = {};
    for (const name of roomNames) rooms[name] = onDay.filter((e) => e.event.room === name).map((e) => e.event);
    return { index: i + 1, date, day_start: toIsoWithOffset(start, c.timeZone), day_end: toIsoWithOffset(end, c.timeZone), rooms };
  });
}

function prepare(c: ScheduleInput, options: ScheduleOptions) {
  const sessions = c.sessions.filter((s) => s.status === "scheduled").sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.title.localeCompare(b.title));
  const events = sessions.map((s) => ({ event: eventOf(c, s, options), startsAt: s.startsAt, endsAt: s.endsAt }));
  const roomNames = c.rooms.map((r) => r.name);
  if (events.some((e) => !roomNames.includes(e.event.room))) roomNames.push(c.venueName);
  const dayList = days(c, events, roomNames);
  return { dayList, roomNames };
}

export function scheduleJson(c: ScheduleInput, options: ScheduleOptions) {
  const { dayList, roomNames } = prepare(c, options);
  const rooms = roomNames.map((name) => {
    const room = c.rooms.find((r) => r.name === name);
    return { name, guid: room ? roomGuid(room.id) : roomGuid(`venue:${c.slug}`), description: room?.description ?? null, capacity: room?.capacity ?? null };
  });
  return {
    $schema: "https://c3voc.de/schedule/schema.json",
    generator: { name: "Tagung", version: options.generatorVersion },
    schedule: {
      version: options.version,
      base_url: `${options.baseUrl}/`,
      conference: {
        acronym: acronymOf(c.slug),
        title: c.title,
        ...(c.description ? { description: c.description } : {}),
        start: dayList[0]?.date ?? toIsoWithOffset(c.startsAt, c.timeZone).slice(0, 10),
        end: dayList.at(-1)?.date ?? toIsoWithOffset(c.endsAt, c.timeZone).slice(0, 10),
        daysCount: dayList.length,
        timeslot_duration: "00:05",
        time_zone_name: c.timeZone,
        url: `${options.baseUrl}/conferences/${c.slug}`,
        tracks: c.tracks.map((t) => ({ name: t.name, ...(t.color ? { color: t.color } : {}) })),
        rooms,
        days: dayList,
      },
    },
  };
}

export type ScheduleJson = ReturnType<typeof scheduleJson>;

function xmlEscape(text: string): string {
  // Characters XML 1.0 cannot carry at all are dropped; the rest escaped.
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/** frab's schedule.xml: the same content as scheduleJson, element for element. */
export function scheduleXml(c: ScheduleInput, options: ScheduleOptions): string {
  const { schedule } = scheduleJson(c, options);
  const conf = schedule.conference;
  const el = (name: string, value: string | number | null, indent: string) => `${indent}<${name}>${xmlEscape(String(value ?? ""))}</${name}>`;
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<schedule>", el("version", schedule.version, "  "), "  <conference>"];
  lines.push(el("acronym", conf.acronym, "    "), el("title", conf.title, "    "), el("start", conf.start, "    "), el("end", conf.end, "    "), el("days", conf.daysCount, "    "), el("timeslot_duration", conf.timeslot_duration, "    "));
  lines.push("  </conference>");
  for (const day of conf.days) {
    lines.push(`  <day index="${day.index}" date="${day.date}" start="${day.day_start}" end="${day.day_end}">`);
    for (const [room, events] of Object.entries(day.rooms)) {
      lines.push(`    <room name="${xmlEscape(room)}">`);
      for (const e of events) {
        const i = "        ";
        lines.push(`      <event id="${e.id}" guid="${e.guid}">`);
        lines.push(el("date", e.date, i), el("start", e.start, i), el("duration", e.duration, i), el("room", e.room, i), el("slug", e.slug, i), el("title", e.title, i), el("subtitle", e.subtitle, i));
        lines.push(el("track", e.track, i), el("type", e.type, i), el("language", e.language, i), el("abstract", e.abstract, i), el("description", e.description, i));
        lines.push(`${i}<persons>`);
        for (const p of e.persons) lines.push(`${i}  <person id="${numericId(p.guid)}">${xmlEscape(p.public_name)}</person>`);
        lines.push(`${i}</persons>`, `${i}<links/>`, "      </event>");
      }
      lines.push("    </room>");
    }
    lines.push("  </day>");
  }
  lines.push("</schedule>", "");
  return lines.join("\n");
}
