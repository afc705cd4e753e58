/**
 * Whom an organiser may write to, with the counts the broadcast form shows before sending: the
 * whole conference (its organisers only) and each scheduled session the user may edit (partner
 * editors: their own host's). Counts follow sendBroadcast: confirmed, minus those who opted out.
 */
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
      sessions: { where: { status: "scheduled" }, orderBy: [{ startsAt: "asc" }, { title: "asc" }], select: { id: true, title: true, hostId: true, host: { select: { shortName: true } } } },
    },
  });
  const count = async (extra: Prisma.RegistrationWhereInput) => {
    const base: Prisma.RegistrationWhereInput = { conferenceId: conference.id, status: "confirmed", ...extra };
    const [all, optedOut] = await Promise.all([db.registration.count({ where: base }), db.registration.count({ where: { ...base, broadcastOptOutAt: { not: null } } })]);
    return { recipients: all - optedOut, optedOut };
  };
  const audience: AudienceOption[] = [];
  if (access.level === "manage") audience.push({ sessionId: null, title: conference.title, host: null, ...(await count({})) });
  for (const s of conference.sessions.filter((s) => canEditSessionOf(access, s.hostId))) {
    audience.push({ sessionId: s.id, title: s.title, host: s.host.shortName, ...(await count({ sessions: { some: { sessionId: s.id, status: "confirmed" } } })) });
  }
  return { access, conference: { id: conference.id, title: conference.title }, audience };
}
