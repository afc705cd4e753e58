/**
 * Wall-clock time in an IANA zone ↔ UTC instants, independent of the server's TZ.
 * Uses Intl only; DST gaps resolve forward (02:30 on the spring-forward day → 03:30), overlaps to
 * the earlier instant, as calendar apps do.
 */

export type WallTime = { year: number; month: number; day: number; hour: number; minute: number };

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall time an instant shows in `timeZone`. */
export function toWallTime(instant: Date, timeZone: string): WallTime & { second: number } {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Offset of `timeZone` from UTC at `instant`, in minutes (Berlin in winter: 60). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const w = toWallTime(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** The instant at which `timeZone` shows the given wall time. */
export function zonedToUtc(wall: WallTime, timeZone: string): Date {
  const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  // Try the offsets in force a day either side; the first that maps back exactly wins (earlier
  // instant on overlaps). None matching means the wall time falls in a DST gap.
  const candidates = [...new Set([offsetMinutes(new Date(naive - 864e5), timeZone), offsetMinutes(new Date(naive + 864e5), timeZone)])]
    .map((off) => naive - off * 60_000)
    .sort((a, b) => a - b);
  for (const t of candidates) {
    const w = toWallTime(new Date(t), timeZone);
    if (w.year === wall.year && w.month === wall.month && w.day === wall.day && w.hour === wall.hour && w.minute === wall.minute) {
      return new Date(t);
    }
  }
  // In a gap: read the wall time with the offset before the change, which lands after the gap
  // (02:30 on the spring-forward day becomes 03:30).
  return new Date(naive - offsetMinutes(new Date(naive - 864e5), timeZone) * 60_000);
}

/** ISO 8601 with the zone's offset, e.g. 2027-03-10T09:00:00+01:00. */
export function toIsoWithOffset(instant: Date, timeZone: string): string {
  const w = toWallTime(instant, timeZone);
  const off = offsetMinutes(instant, timeZone);
  const sign = off < 0 ? "-" : "+";
  const abs = Math.abs(off);
  const pad = (n: number, l = 2) => String(n).padStart(l, "0");
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
