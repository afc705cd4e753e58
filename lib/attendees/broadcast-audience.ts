/**
 * Whom an organiser may write to, with the counts the broadcast form shows before sending: the
 * whole conference (its organisers only) and each scheduled session the user may edit (partner
 * editors: their own host's). Counts follow sendBroadcast: confirmed, minus those who opted out.
 */
import "server-only";
import { db, type Prisma } from "../db";
import { canEditSessionOf, requireConferenceAccess } from "../hosts/permissions";

export type AudienceOption = { sessionId: string | null; title: string; host: string | null; recipients: number; optedOut: number };

export async function broadcastAudience(options: { conferenceId: string; actor: { userId: string } }) {
  const access = await requireConferenceAccess(db, options.actor.userId, options.conferenceId, "sessions");
  const conference = await db.conference.findUniqueOrThrow({
    where: { id: options.conferenceId },
    select: {
      id: true,
      title: true,
      titleEn: true,
      titleDative: true,
      sessions: { where: { status: "scheduled" }, orderBy: [{ startsAt: "asc" }, { title: "asc" }], select: { id: true, title: true, hostId: true, host: { select: { shortName: true } } } },
    },
  });
  // Two grouped counts for all sessions rather than two queries per session.
  const seats = (optedOut: boolean) =>
    db.sessionRegistration.groupBy({
      by: ["sessionId"],
      where: { session: { conferenceId: conference.id }, status: "confirmed", registration: { status: "confirmed", ...(optedOut ? { broadcastOptOutAt: { not: null } } : {}) } },
      _count: { _all: true },
    });
  const conferenceWide: Prisma.RegistrationWhereInput = { conferenceId: conference.id, status: "confirmed" };
  const [seated, seatedOptedOut, registered, registeredOptedOut] = await Promise.all([
    seats(false),
    seats(true),
    access.level === "manage" ? db.registration.count({ where: conferenceWide }) : 0,
    access.level === "manage" ? db.registration.count({ where: { ...conferenceWide, broadcastOptOutAt: { not: null } } }) : 0,
  ]);
  const of = (groups: typeof seated, sessionId: string) => groups.find((g) => g.sessionId === sessionId)?._count._all ?? 0;
  const audience: AudienceOption[] = [];
  if (access.level === "manage") audience.push({ sessionId: null, title: conference.title, host: null, recipients: registered - registeredOptedOut, optedOut: registeredOptedOut });
  for (const s of conference.sessions.filter((s) => canEditSessionOf(access, s.hostId))) {
    const optedOut = of(seatedOptedOut, s.id);
    audience.push({ sessionId: s.id, title: s.title, host: s.host.shortName, recipients: of(seated, s.id) - optedOut, optedOut });
  }
  return { access, conference: { id: conference.id, title: conference.title, titleEn: conference.titleEn, titleDative: conference.titleDative }, audience };
}
