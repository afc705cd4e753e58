/** Pure registration rules; `now` is always passed in. */

export type RegistrationWindowState = "open" | "not_yet_open" | "closed";

type WindowFields = {
  status: string;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  endsAt: Date;
};

/** Registration is open for a published conference inside its window and before it ends. */
export function registrationWindow(conference: WindowFields, now: Date): RegistrationWindowState {
  if (conference.status !== "published") return "closed";
  if (conference.registrationOpensAt && now < conference.registrationOpensAt) return "not_yet_open";
  if (conference.registrationClosesAt && now >= conference.registrationClosesAt) return "closed";
  if (now >= conference.endsAt) return "closed";
  return "open";
}

export function isRegistrationOpen(conference: WindowFields, now: Date): boolean {
  return registrationWindow(conference, now) === "open";
}

/** Seats still free; null when the capacity is unlimited. */
export function seatsLeft(capacity: number | null, seatsTaken: number): number | null {
  return capacity === null ? null : Math.max(0, capacity - seatsTaken);
}
