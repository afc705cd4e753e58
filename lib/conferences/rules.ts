/** Conference settings rules, pure: no I/O, `now`-free. */

/**
 * Lowering a conference's capacity below its confirmed registrations: which go to the waiting list
 * when the organiser chooses that. The latest confirmed go first, so earlier registrations keep their seat.
 */
export function latestConfirmed<R extends { id: string; confirmedAt: Date | null }>(confirmed: R[], excess: number): R[] {
  if (excess <= 0) return [];
  return [...confirmed].sort((a, b) => (b.confirmedAt?.getTime() ?? 0) - (a.confirmedAt?.getTime() ?? 0) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)).slice(0, excess);
}

export type ConferenceStatus = "draft" | "published" | "archived";

/**
 * Which status changes are allowed: publish a draft, archive a published conference (or publish an
 * archived one again), and go back to draft only while nobody is registered — a draft vanishes from
 * the public pages, and registered attendees would lose the page their emails link to.
 */
export type StatusChangeRefusal = "unchanged" | "notAllowed" | "hasRegistrations";

export function statusChangeRefusal(from: ConferenceStatus, to: ConferenceStatus, registrations: number): StatusChangeRefusal | null {
  if (from === to) return "unchanged";
  if (to === "draft") return registrations > 0 ? "hasRegistrations" : null;
  if (from === "draft" && to === "archived") return "notAllowed";
  return null;
}
