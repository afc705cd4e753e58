/**
 * Whether a person attended and which sessions — the one rule that session feedback, the thank-you
 * mail and attendance certificates (download, manage page, manual issue, and so the hours the
 * verification page shows) share:
 *
 * 1. A conference that scanned at doors (a `SessionCheckIn` row for any of its sessions): the
 *    sessions the person was scanned at. Someone seen only at the entrance attended none of them.
 * 2. A conference that never scanned at doors: for a person checked in at the entrance, every
 *    session they held a confirmed seat in (the entrance is the only record there is).
 * 3. Vouched for by an organiser (a certificate issued by hand, because the check-in was missed):
 *    present, and the sessions they were scanned at or held a confirmed seat in.
 * 4. Nothing otherwise: no check-in, or a cancelled registration.
 *
 * Only scheduled sessions count (a cancelled or draft session took place for nobody).
 */
import "server-only";
import type { Prisma, Tx } from "../db";

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

/** `present`: seen at the entrance or a door, or vouched for; `sessions` in time order. */
export type Attendance = { present: boolean; sessions: AttendedSession[] };

const sessionSelect = { id: true, hostId: true, title: true, titleEn: true, language: true, startsAt: true, endsAt: true, room: { select: { name: true } }, host: { select: { name: true } } } as const;

/** `vouched`: an organiser is issuing a certificate by hand (an existing hand-issued certificate vouches by itself). */
export async function attendance(tx: Tx, registrationId: string, options: { vouched?: boolean } = {}): Promise<Attendance> {
  const registration = await tx.registration.findUnique({
    where: { id: registrationId },
    select: { conferenceId: true, status: true, checkedInAt: true, certificate: { select: { manual: true } }, _count: { select: { sessionCheckIns: true } } },
  });
  if (!registration || registration.status === "cancelled") return { present: false, sessions: [] };
  const vouched = options.vouched === true || registration.certificate?.manual === true;
  const present = vouched || registration.checkedInAt !== null || registration._count.sessionCheckIns > 0;
  if (!present) return { present, sessions: [] };

  const scanned: Prisma.SessionWhereInput = { sessionCheckIns: { some: { registrationId } } };
  const booked: Prisma.SessionWhereInput = { registrations: { some: { registrationId, status: "confirmed" } } };
  let which: Prisma.SessionWhereInput[];
  if (vouched) which = [scanned, booked];
  else if ((await tx.sessionCheckIn.count({ where: { session: { conferenceId: registration.conferenceId } } })) > 0) which = [scanned];
  else which = registration.checkedInAt ? [booked] : [];
  if (!which.length) return { present, sessions: [] };

  const sessions = await tx.session.findMany({
    where: { conferenceId: registration.conferenceId, status: "scheduled", OR: which },
    select: sessionSelect,
    orderBy: [{ startsAt: "asc" }, { title: "asc" }],
  });
  return { present, sessions: sessions.map((s) => ({ id: s.id, hostId: s.hostId, title: s.title, titleEn: s.titleEn, language: s.language, startsAt: s.startsAt, endsAt: s.endsAt, room: s.room?.name ?? null, hostName: s.host.name })) };
}

/** The sessions alone (feedback, the thank-you mail). */
export async function attendedSessions(tx: Tx, registrationId: string): Promise<AttendedSession[]> {
  return (await attendance(tx, registrationId)).sessions;
}
