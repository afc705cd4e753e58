/** Where a conference stands for a visitor, for the home and conference pages. Pure; `now` is passed in. */
import { registrationWindow, seatsLeft } from "../registrations/rules";

export type PublicRegistrationState =
  | { state: "past" }
  | { state: "not_yet_open"; opensAt: Date | null }
  | { state: "closed" }
  | { state: "open"; closesAt: Date | null; seatsLeft: number | null }
  | { state: "full"; closesAt: Date | null };

type StatusFields = {
  status: string;
  startsAt: Date;
  endsAt: Date;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  capacity: number | null;
  seatsTaken: number;
};

/** A conference is past once it has ended or been archived; an archived one is a record. */
export function isPast(conference: Pick<StatusFields, "status" | "endsAt">, now: Date): boolean {
  return conference.status === "archived" || conference.endsAt <= now;
}

/**
 * Registration as a visitor sees it. "full" still lets people register: they join the
 * conference's waiting list.
 */
export function publicRegistrationState(conference: StatusFields, now: Date): PublicRegistrationState {
  if (isPast(conference, now)) return { state: "past" };
  const window = registrationWindow(conference, now);
  if (window === "not_yet_open") return { state: "not_yet_open", opensAt: conference.registrationOpensAt };
  if (window === "closed") return { state: "closed" };
  const left = seatsLeft(conference.capacity, conference.seatsTaken);
  if (left === 0) return { state: "full", closesAt: conference.registrationClosesAt };
  return { state: "open", closesAt: conference.registrationClosesAt, seatsLeft: left };
}

/** Upcoming conferences soonest first; past ones most recent first. Drafts never reach here. */
export function splitUpcomingAndPast<C extends Pick<StatusFields, "status" | "startsAt" | "endsAt">>(conferences: C[], now: Date): { upcoming: C[]; past: C[] } {
  const upcoming = conferences.filter((c) => !isPast(c, now)).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const past = conferences.filter((c) => isPast(c, now)).sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime());
  return { upcoming, past };
}
