/**
 * Dates and times as attendees read them: always in the conference's time zone, in the page's
 * language, whatever the server's or viewer's zone. Pure; formatters are cached.
 */
const cache = new Map<string, Intl.DateTimeFormat>();

function fmt(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "de-DE", { timeZone, ...options });
    cache.set(key, f);
  }
  return f;
}

/** "09:30" */
export function formatTime(date: Date, timeZone: string, locale: string): string {
  return fmt(locale, timeZone, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(date);
}

/** "09:30–11:00" */
export function formatTimeRange(start: Date, end: Date, timeZone: string, locale: string): string {
  return `${formatTime(start, timeZone, locale)}–${formatTime(end, timeZone, locale)}`;
}

/** "Donnerstag, 4. März 2027" / "Thursday 4 March 2027" */
export function formatDayLong(date: Date, timeZone: string, locale: string): string {
  return fmt(locale, timeZone, { weekday: "long", day: "numeric", month: "long", year: "numeric" }).format(date);
}

/** "Do., 4. März" / "Thu 4 Mar" */
export function formatDayShort(date: Date, timeZone: string, locale: string): string {
  return fmt(locale, timeZone, { weekday: "short", day: "numeric", month: "short" }).format(date);
}

/** "4.–5. März 2027", "30. März – 1. April 2027", "4 March 2027" — a conference's dates. */
export function formatDateRange(start: Date, end: Date, timeZone: string, locale: string): string {
  const f = fmt(locale, timeZone, { day: "numeric", month: "long", year: "numeric" });
  // ICU versions differ in the (thin) spaces around the dash; plain spaces read the same everywhere.
  return f.formatRange(start, end).replace(/[\u2009\u202f]/g, " ");
}

/** "4. März 2027, 18:00" */
export function formatDateTime(date: Date, timeZone: string, locale: string): string {
  return fmt(locale, timeZone, { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(date);
}

/** "MEZ" / "CET" — the zone's short name at that instant, so times are unambiguous. */
export function formatZoneName(date: Date, timeZone: string, locale: string): string {
  const parts = fmt(locale, timeZone, { timeZoneName: "short" }).formatToParts(date);
  return parts.find((p) => p.type === "timeZoneName")?.value ?? timeZone;
}

/** Calendar-day key in the zone ("2027-03-04"), for grouping a programme by day. */
export function dayKey(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    fmt("en", timeZone, { year: "numeric", month: "2-digit", day: "2-digit" })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
}
