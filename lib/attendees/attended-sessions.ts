/**
 * Which sessions a person attended — the one rule that session feedback, the thank-you mail and
 * attendance certificates share:
 *
 * 1. A session the person was checked in at (a `SessionCheckIn` row, scanned at the room's door).
 * 2. If the conference never used session check-in (no `SessionCheckIn` row for any of its
 *    sessions) and the person was checked in at the entrance: every session they held a confirmed
 *    seat in.
 * 3. Nothing otherwise: no check-in, a cancelled registration, or a conference that checks in at
 *    doors and never saw this person at one.
 *
 * Only scheduled sessions count (a cancelled or draft session took place for nobody).
 */
import type { Tx } from "../db";

export type AttendedSession = {
  id: string;
  hostId: string;
  title: string;
  titleEn: string | null;
  language: string;
  startsAt: Date;
  endsAt: Date;
  room: string | null;
  hostName: string;
};

const sessionSelect = { id: true, hostId: true, title: true, titleEn: true, language: true, startsAt: true, endsAt: true, room: { select: { name: true } }, host: { select: { name: true } } } as const;

export async function attendedSessions(tx: Tx, registrationId: string): Promise<AttendedSession[]> {
  const registration = await tx.registration.findUnique({ where: { id: registrationId }, select: { conferenceId: true, status: true, checkedInAt: true } });
  if (!registration || registration.status === "cancelled") return [];
  const doorsUsed = (await tx.sessionCheckIn.count({ where: { session: { conferenceId: registration.conferenceId } } })) > 0;
  let sessions;
  if (doorsUsed) {
    sessions = await tx.session.findMany({ where: { status: "scheduled", sessionCheckIns: { some: { registrationId } } }, select: sessionSelect, orderBy: [{ startsAt: "asc" }, { title: "asc" }] });
  } else if (registration.checkedInAt) {
    sessions = await tx.session.findMany({ where: { status: "scheduled", registrations: { some: { registrationId, status: "confirmed" } } }, select: sessionSelect, orderBy: [{ startsAt: "asc" }, { title: "asc" }] });
  } else return [];
  return sessions.map((s) => ({ id: s.id, hostId: s.hostId, title: s.title, titleEn: s.titleEn, language: s.language, startsAt: s.startsAt, endsAt: s.endsAt, room: s.room?.name ?? null, hostName: s.host.name }));
}
