/**
 * iCalendar (RFC 5545 / iTIP RFC 5546) output. The `ics` package builds the structure and escapes
 * TEXT values; this module works around what it gets wrong (checked in tests/unit/calendar.test.ts):
 *  - it folds lines at 75 characters, not 75 octets, so German text overflows → we refold by octets,
 *    never splitting a UTF-8 sequence;
 *  - it quotes enumerated parameters (ROLE="REQ-PARTICIPANT"), which the grammar forbids → unquoted;
 *  - it writes CN values raw, so a CR/LF in a name could start a new property → names are cleaned
 *    before (no CR, LF, control characters or double quotes, which a quoted parameter cannot hold);
 *  - it turns date arrays into times with the server's zone → we pass UTC timestamps and emit UTC
 *    (DTSTART:…Z), which every client converts to the viewer's zone; no VTIMEZONE is needed.
 */
import { createEvents, type EventAttributes } from "ics";
import type { CalendarEvent, CalendarMethod, CalendarPerson } from "./types";

export const PRODID = "-//Tagung//Tagung Konferenzplattform//DE";

function cleanName(name: string | null | undefined): string | undefined {
  const cleaned = (name ?? "")
    .replace(/[\u0000-\u001F\u007F]+/g, " ")
    .replace(/"/g, "'")
    .replace(/\s+/g, " ")
    .trim();
  return cleaned || undefined;
}

function cleanEmail(email: string): string {
  return email.replace(/[\s"<>:;,\u0000-\u001F\u007F]/g, "");
}

function person(p: CalendarPerson) {
  return { name: cleanName(p.name), email: cleanEmail(p.email) };
}

/** TEXT values: a bare CR would pass through `ics` unescaped; make every line break a LF it escapes. */
function text(value: string | null | undefined): string | undefined {
  return value == null ? undefined : value.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "");
}

function toAttributes(e: CalendarEvent): EventAttributes {
  return {
    uid: e.uid,
    sequence: e.sequence,
    title: text(e.title),
    description: text(e.description),
    location: text(e.location),
    url: e.url ?? undefined,
    start: e.start.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: e.end.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    status: e.status ?? "CONFIRMED",
    organizer: e.organizer ? person(e.organizer) : undefined,
    attendees: e.attendees?.map((a) => ({ ...person(a), rsvp: a.rsvp ?? false, partstat: a.partstat ?? "ACCEPTED", role: "REQ-PARTICIPANT" })),
    categories: e.categories,
  } as EventAttributes;
}

/** Unfolds the `ics` output into logical lines. */
function unfold(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, "").split("\r\n").filter((l) => l.length > 0);
}

const ENUM_PARAMS = /;(ROLE|PARTSTAT|RSVP|CUTYPE)="([A-Z0-9-]+)"/g;

/** Folds a logical line into chunks of at most 75 octets (continuations start with a space). */
export function foldLine(line: string): string {
  const bytes = Buffer.from(line, "utf8");
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let start = 0;
  let limit = 75;
  while (start < bytes.length) {
    let end = Math.min(start + limit, bytes.length);
    // Step back to a character boundary: never end a chunk inside a UTF-8 sequence.
    while (end < bytes.length && end > start && (bytes[end] & 0xc0) === 0x80) end--;
    parts.push(bytes.subarray(start, end).toString("utf8"));
    start = end;
    limit = 74; // continuation lines begin with one space
  }
  return parts.join("\r\n ");
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

export function buildCalendar(options: { method: CalendarMethod; name?: string; events: CalendarEvent[] }): string {
  const events = options.events.map(toAttributes);
  // `ics` refuses an empty calendar; an empty feed is still a valid VCALENDAR.
  const { error, value } = events.length
    ? createEvents(events, { method: options.method, productId: PRODID, calName: cleanName(options.name) })
    : createEvents([{ title: "x", start: 0, startInputType: "utc", startOutputType: "utc", duration: { minutes: 1 } }], { method: options.method, productId: PRODID, calName: cleanName(options.name) });
  if (error || !value) throw error ?? new Error("could not build calendar");
  let lines = unfold(value).map((l) => (/^(ORGANIZER|ATTENDEE)[;:]/.test(l) ? l.replace(ENUM_PARAMS, ";$1=$2") : l));
  if (!events.length) {
    const begin = lines.indexOf("BEGIN:VEVENT");
    const end = lines.indexOf("END:VEVENT");
    lines = [...lines.slice(0, begin), ...lines.slice(end + 1)];
  }
  // LAST-MODIFIED after each event's SEQUENCE, where we know it.
  const out: string[] = [];
  let index = -1;
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") index++;
    out.push(line);
    const lastModified = options.events[index]?.lastModified;
    if (line.startsWith("SEQUENCE:") && lastModified) out.push(`LAST-MODIFIED:${stamp(lastModified)}`);
  }
  return out.map(foldLine).join("\r\n") + "\r\n";
}
