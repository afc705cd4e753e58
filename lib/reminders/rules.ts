/** Pure rules for reminders and the thank-you mail: when they are due and what they link to. */

/** The default reminder: two days before the conference starts. */
export const DEFAULT_HOURS_BEFORE = 48;
/** Choices organisers get (hours before the start); any whole number of hours in range is accepted. */
export const HOURS_BEFORE_CHOICES = [2, 6, 24, 48, 72, 168, 336] as const;
export const MAX_HOURS_BEFORE = 60 * 24;
/** The thank-you mail goes out after the conference ends, but not for conferences that ended longer ago. */
export const THANK_YOU_WINDOW_DAYS = 14;

export function reminderSendAt(conferenceStartsAt: Date, hoursBefore: number): Date {
  return new Date(conferenceStartsAt.getTime() - hoursBefore * 3_600_000);
}

/**
 * A reminder is due from its time until the conference starts. Only registrations made before its
 * time receive it: someone who registers inside the window has just had the confirmation, and a
 * reminder that catches up later would be stale.
 */
export function isReminderDue(sendAt: Date, conferenceStartsAt: Date, now: Date): boolean {
  return sendAt.getTime() <= now.getTime() && now.getTime() < conferenceStartsAt.getTime();
}

export function isThankYouDue(conferenceEndsAt: Date, now: Date): boolean {
  return conferenceEndsAt.getTime() <= now.getTime() && now.getTime() < conferenceEndsAt.getTime() + THANK_YOU_WINDOW_DAYS * 864e5;
}

/** A plain link to directions on OpenStreetMap (no embedded map, nothing loaded from the mail). */
export function directionsUrl(venueName: string, venueAddress: string): string {
  const query = venueAddress.trim() || venueName.trim();
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}`;
}

/** The organisers' extra text in the reader's language, else in the other one. */
export function extraTextFor(reminder: { extraTextDe: string | null; extraTextEn: string | null }, locale: string): string | null {
  const own = locale === "en" ? reminder.extraTextEn : reminder.extraTextDe;
  const other = locale === "en" ? reminder.extraTextDe : reminder.extraTextEn;
  return own?.trim() || other?.trim() || null;
}

/** How to name an offset: whole weeks, whole days, or hours ("2 Tage vorher"). */
export function offsetParts(hours: number): { unit: "hours" | "days" | "weeks"; count: number } {
  if (hours % 168 === 0) return { unit: "weeks", count: hours / 168 };
  if (hours % 24 === 0) return { unit: "days", count: hours / 24 };
  return { unit: "hours", count: hours };
}
