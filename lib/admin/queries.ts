/** What the administration pages list. Access is part of each query. */
import "server-only";
import { db } from "../db";

/** The user's standing for the administration area: platform admin, and the hosts they own. */
export async function adminStanding(userId: string) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { isPlatformAdmin: true, memberships: { select: { hostId: true, role: true } } } });
  return {
    isPlatformAdmin: Boolean(user?.isPlatformAdmin),
    hasHost: Boolean(user?.memberships.length),
    ownedHostIds: (user?.memberships ?? []).filter((m) => m.role === "owner").map((m) => m.hostId),
  };
}

/** Hosts shown in the administration area: all for platform admins, else those the user owns. */
export async function listAdminHosts(userId: string) {
  const standing = await adminStanding(userId);
  return db.host.findMany({
    where: standing.isPlatformAdmin ? {} : { id: { in: standing.ownedHostIds } },
    orderBy: { shortName: "asc" },
    select: { id: true, slug: true, name: true, shortName: true, contactEmail: true, isDemo: true, _count: { select: { memberships: true, conferences: true } } },
  });
}

/** Every user with their hosts, for platform admins (null for anyone else). */
export async function listUsers(userId: string) {
  if (!(await adminStanding(userId)).isPlatformAdmin) return null;
  return db.user.findMany({
    orderBy: { email: "asc" },
    select: { id: true, email: true, name: true, isPlatformAdmin: true, isDemo: true, memberships: { select: { role: true, host: { select: { shortName: true } } }, orderBy: { host: { shortName: "asc" } } } },
  });
}
