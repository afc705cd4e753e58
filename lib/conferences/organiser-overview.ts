/** What an organiser sees first: their conferences, counts, and emails that could not be delivered. */
import "server-only";
import { db } from "../db";
import { visibleConferencesWhere } from "../hosts/permissions";

export async function organiserOverview(userId: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { isPlatformAdmin: true, memberships: { select: { hostId: true, role: true, host: { select: { shortName: true } } } } } });
  const conferences = await db.conference.findMany({
    where: await visibleConferencesWhere(db, userId),
    orderBy: { startsAt: "desc" },
    include: { hosts: { include: { host: { select: { shortName: true } } }, orderBy: { position: "asc" } } },
  });
  const ids = conferences.map((c) => c.id);
  const [counts, failed] = await Promise.all([
    db.registration.groupBy({ by: ["conferenceId", "status"], where: { conferenceId: { in: ids } }, _count: { _all: true } }),
    db.emailOutbox.findMany({
      where: { conferenceId: { in: ids }, status: "failed" },
      orderBy: { updatedAt: "desc" },
      take: 100,
      select: { id: true, kind: true, toAddress: true, lastError: true, attempts: true, updatedAt: true, conferenceId: true },
    }),
  ]);
  return {
    memberships: user.memberships.map((m) => ({ host: m.host.shortName, role: m.role })),
    isPlatformAdmin: user.isPlatformAdmin,
    conferences: conferences.map((c) => ({
      ...c,
      confirmed: counts.find((x) => x.conferenceId === c.id && x.status === "confirmed")?._count._all ?? 0,
      waitlisted: counts.find((x) => x.conferenceId === c.id && x.status === "waitlisted")?._count._all ?? 0,
      failedEmails: failed.filter((f) => f.conferenceId === c.id),
    })),
  };
}
