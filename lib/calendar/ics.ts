/**
 * iCalendar (RFC 5545 / iTIP RFC 5546) output. The `ics` package builds the structure and escapes
 * SUMMARY, DESCRIPTION and LOCATION; this module works around what it gets wrong in 3.12 (each
 * checked in tests/unit/calendar.test.ts):
 *  - it folds lines at 75 characters, not 75 octets, so German text overflows → we unfold its
 *    output and refold by octets, never splitting a UTF-8 sequence;
 *  - it quotes enumerated parameters (ROLE="REQ-PARTICIPANT"), which the grammar forbids → unquoted;
 *  - it writes CN values raw, so a CR/LF in a name could start a new property, and "escapes" a
 *    double quote as \", which a quoted parameter cannot hold → names are cleaned before they reach
 *    it, and a " becomes a typographic quote (“ ”): RFC 6868's ^' is decoded by ical.js only, while
 *    Python icalendar, vobject, libical and Radicale show it literally;
 *  - it writes METHOD:PUBLISH when asked for none → a feed (no method) loses that line, since a
 *    subscription is not an iTIP message;
 *  - it lets a bare CR through TEXT values and does not escape CATEGORIES or X-WR-CALNAME at all
 *    → we normalise line breaks and escape those two ourselves;
 *  - it turns date arrays into times with the server's zone → we pass UTC timestamps and emit UTC
 *    (DTSTART:…Z), which every client shows in the viewer's zone. UTC times are exact instants, so
 *    no VTIMEZONE is needed (RFC 5545 §3.3.5, form #2); the event's zone is only used for display
 *    elsewhere (emails, pages).
 */
import { createEvents, type EventAttributes } from "ics";
import type { CalendarEvent, CalendarMethod, CalendarPerson } from "./types";

export const PRODID = "-//Tagung//Tagung Konferenzplattform//DE";

export type BuildCalendarOptions = {
  /**
   * The iTIP method of an emailed scheduling object (one UID per message, RFC 5546 §3.2). Feeds
   * and downloads leave it out: a file without METHOD is plain data to import or subscribe to.
   */
  method?: CalendarMethod;
  /** Calendar name shown by subscribing clients (X-WR-CALNAME). */
  name?: string;
  events: CalendarEvent[];
  /**
   * DTSTAMP of every event. Emails leave it out (now: each update carries a newer DTSTAMP); feeds
   * pass their last change, so the same data always gives the same bytes (and the same ETag).
   */
  stamp?: Date;
};

/** Control characters other than TAB and line breaks have no place in any value. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * A parameter value (CN) on one line that every parser shows as written: line breaks become
 * spaces; a quoted value cannot hold `"`, so quotes become typographic ones ("Bob" → “Bob”, a lone
 * one ”) rather than RFC 6868's ^', which most parsers show literally. A ^ stays, except where it
 * would start an RFC 6868 escape (^^, ^n, ^') that ical.js would decode: there it becomes ˆ.
 * With no `"` left, `ics`'s own quoting stays well-formed.
 */
export function encodeParamText(name: string | null | undefined): string | undefined {
  const cleaned = (name ?? "")
    .replace(/[\r\n]+/g, " ")
    .replace(CONTROL, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/"([^"]*)"/g, "\u201C$1\u201D")
    .replace(/"/g, "\u201D")
    .replace(/\^(?=[\^n'])/g, "\u02C6");
  return cleaned || undefined;
}

/** A mailto address: nothing that could end the value or the line. */
function cleanEmail(email: string): string {
  return email.replace(/[\s"<>:;,\u0000-\u001F\u007F]/g, "");
}

function person(p: CalendarPerson) {
  return { name: encodeParamText(p.name), email: cleanEmail(p.email) };
}

/** TEXT values `ics` escapes itself: a bare CR would pass through unescaped, so every line break becomes a LF. */
function text(value: string | null | undefined): string | undefined {
  return value == null || value === "" ? undefined : value.replace(/\r\n?/g, "\n").replace(CONTROL, "");
}

/** TEXT values `ics` does not escape (CATEGORIES items, X-WR-CALNAME): single-line labels, escaped here. */
export function escapeText(value: string): string {
  return value
    .replace(/[\r\n]+/g, " ")
    .replace(CONTROL, "")
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,");
}

/** DTSTAMP: `ics` 3.12 reads `timestamp` (schema and formatter) but its type definitions omit it. */
type Attributes = EventAttributes & { timestamp: number };

function toAttributes(e: CalendarEvent, method: CalendarMethod | undefined, stamp: number): Attributes {
  return {
    uid: e.uid,
    sequence: e.sequence,
    timestamp: stamp,
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
    // A CANCEL message cancels: never let a caller send one that says CONFIRMED.
    status: method === "CANCEL" ? "CANCELLED" : (e.status ?? "CONFIRMED"),
    organizer: e.organizer ? person(e.organizer) : undefined,
    attendees: e.attendees?.map((a) => ({ ...person(a), rsvp: a.rsvp ?? false, partstat: a.partstat ?? "ACCEPTED", role: "REQ-PARTICIPANT" })),
    categories: e.categories?.length ? e.categories.map(escapeText) : undefined,
    lastModified: e.lastModified ? e.lastModified.getTime() : undefined,
  };
}

/** Unfolds the `ics` output into logical lines (it folds with CRLF + TAB). */
function unfold(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter((l) => l.length > 0);
}

/**
 * `ics` quotes these; RFC 5545 allows only bare values for them. Only ever applied to ORGANIZER and
 * ATTENDEE lines, whose one free-text parameter (CN) cannot contain a `"` after encodeParamText,
 * so this cannot match inside a name.
 */
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

/** A complete VCALENDAR with CRLF line endings. Pure: same options (with `stamp`) → same bytes. */
export function buildCalendar(options: BuildCalendarOptions): string {
  const stamp = (options.stamp ?? new Date()).getTime();
  const calName = options.name?.trim() ? escapeText(options.name.trim()) : undefined;
  const { error, value } = createEvents(
    options.events.map((e) => toAttributes(e, options.method, stamp)),
    { method: options.method, productId: PRODID, calName },
  );
  if (error || !value) throw error ?? new Error("could not build calendar");
  return (
    unfold(value)
      .filter((l) => options.method || !l.startsWith("METHOD:"))
      .map((l) => (/^(ORGANIZER|ATTENDEE)[;:]/.test(l) ? l.replace(ENUM_PARAMS, ";$1=$2") : l))
      .map(foldLine)
      .join("\r\n") + "\r\n"
  );
}
