/**
 * The sessions a person attended, for their certificate. Until session check-in and the reminders'
 * attendedSessions() are unified, the rule is: the sessions they were checked in to at the door
 * (SessionCheckIn); if none, but they were checked in at the entrance (or their certificate was
 * issued by hand), the sessions they held a confirmed seat in. Cancelled sessions never count.
 */
import type { Tx } from "../db";

export type AttendedSession = { id: string; title: string; startsAt: Date; endsAt: Date; room: string | null };

export async function attendedSessions(tx: Tx, registration: { id: string; checkedInAt: Date | null }, options: { manual?: boolean } = {}): Promise<AttendedSession[]> {
  const select = { id: true, title: true, startsAt: true, endsAt: true, room: { select: { name: true } } } as const;
  const seen = await tx.sessionCheckIn.findMany({
    where: { registrationId: registration.id, session: { status: { not: "cancelled" } } },
    select: { session: { select } },
    orderBy: { session: { startsAt: "asc" } },
  });
  let sessions = seen.map((s) => s.session);
  if (!sessions.length && (registration.checkedInAt || options.manual)) {
    const booked = await tx.sessionRegistration.findMany({
      where: { registrationId: registration.id, status: "confirmed", session: { status: "scheduled" } },
      select: { session: { select } },
      orderBy: { session: { startsAt: "asc" } },
    });
    sessions = booked.map((s) => s.session);
  }
  return sessions.map((s) => ({ id: s.id, title: s.title, startsAt: s.startsAt, endsAt: s.endsAt, room: s.room?.name ?? null }));
}

/** Whether the person was seen at all: at the entrance or at any session's door. */
export async function wasPresent(tx: Tx, registration: { id: string; checkedInAt: Date | null }): Promise<boolean> {
  if (registration.checkedInAt) return true;
  return (await tx.sessionCheckIn.count({ where: { registrationId: registration.id } })) > 0;
}
