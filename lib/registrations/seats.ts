/**
 * Seat accounting. A seat is taken by one conditional UPDATE (`seatsTaken < capacity`), which the
 * database applies atomically under its row/write lock, so racing registrations can never
 * overbook; the CHECK constraint `seatsTaken <= capacity` backs it up. Never count-then-insert.
 */
import type { Tx } from "../db";

/**
 * Takes a conference seat, or — when none is free — locks the conference row anyway (a no-op
 * write), so that joining the waiting list is serialised too and positions come out in commit order.
 */
export async function takeConferenceSeat(tx: Tx, conferenceId: string): Promise<boolean> {
  const { count } = await tx.conference.updateMany({
    where: { id: conferenceId, OR: [{ capacity: null }, { seatsTaken: { lt: tx.conference.fields.capacity } }] },
    data: { seatsTaken: { increment: 1 } },
  });
  if (count === 1) return true;
  await lockConference(tx, conferenceId);
  return false;
}

/** A no-op write that takes the conference row's lock until the transaction ends (take it before sessions'). */
export async function lockConference(tx: Tx, conferenceId: string): Promise<void> {
  await tx.conference.updateMany({ where: { id: conferenceId }, data: { seatsTaken: { increment: 0 } } });
}

/** As takeConferenceSeat, for a session. */
export async function takeSessionSeat(tx: Tx, sessionId: string): Promise<boolean> {
  const { count } = await tx.session.updateMany({
    where: { id: sessionId, OR: [{ capacity: null }, { seatsTaken: { lt: tx.session.fields.capacity } }] },
    data: { seatsTaken: { increment: 1 } },
  });
  if (count === 1) return true;
  await lockSession(tx, sessionId);
  return false;
}

/** A no-op write that takes the session row's lock until the transaction ends. */
export async function lockSession(tx: Tx, sessionId: string): Promise<void> {
  await tx.session.updateMany({ where: { id: sessionId }, data: { seatsTaken: { increment: 0 } } });
}

export async function releaseConferenceSeat(tx: Tx, conferenceId: string): Promise<void> {
  await tx.conference.updateMany({ where: { id: conferenceId, seatsTaken: { gt: 0 } }, data: { seatsTaken: { decrement: 1 } } });
}

export async function releaseSessionSeat(tx: Tx, sessionId: string): Promise<void> {
  await tx.session.updateMany({ where: { id: sessionId, seatsTaken: { gt: 0 } }, data: { seatsTaken: { decrement: 1 } } });
}

/** 1-based place on a session's waiting list, ordered by (waitlistedAt, id). */
export async function sessionWaitlistPosition(tx: Tx, entry: { id: number; sessionId: string; waitlistedAt: Date | null }): Promise<number> {
  const at = entry.waitlistedAt ?? new Date(0);
  const ahead = await tx.sessionRegistration.count({
    where: { sessionId: entry.sessionId, status: "waitlisted", OR: [{ waitlistedAt: { lt: at } }, { waitlistedAt: at, id: { lt: entry.id } }] },
  });
  return ahead + 1;
}

/** 1-based place on a conference's waiting list. */
export async function conferenceWaitlistPosition(tx: Tx, registration: { id: string; conferenceId: string; waitlistedAt: Date | null }): Promise<number> {
  const at = registration.waitlistedAt ?? new Date(0);
  const ahead = await tx.registration.count({
    where: {
      conferenceId: registration.conferenceId,
      status: "waitlisted",
      OR: [{ waitlistedAt: { lt: at } }, { waitlistedAt: at, id: { lt: registration.id } }],
    },
  });
  return ahead + 1;
}

/**
 * The time that puts a new entry last on a waiting list. Called while holding the list's lock (the
 * no-op write above), so entries are stamped in lock order; strictly after the current last entry,
 * because a tie in the same millisecond would be broken by id, and a cuid (or a reused row's id)
 * does not follow lock order across processes.
 */
export async function queueTime(tx: Tx, list: { conferenceId: string } | { sessionId: string }): Promise<Date> {
  const now = new Date();
  const last =
    "conferenceId" in list
      ? await tx.registration.findFirst({ where: { conferenceId: list.conferenceId, status: "waitlisted" }, orderBy: { waitlistedAt: "desc" }, select: { waitlistedAt: true } })
      : await tx.sessionRegistration.findFirst({ where: { sessionId: list.sessionId, status: "waitlisted" }, orderBy: { waitlistedAt: "desc" }, select: { waitlistedAt: true } });
  const after = last?.waitlistedAt ? last.waitlistedAt.getTime() + 1 : 0;
  return new Date(Math.max(now.getTime(), after));
}
