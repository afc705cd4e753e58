/** The host's API token page: its tokens and the conferences a new token may be scoped to. Owners and admins only. */
import "server-only";
import { db } from "../db";

export async function hostApiTokens(userId: string, hostId: string) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { isPlatformAdmin: true, memberships: { where: { hostId }, select: { role: true } } } });
  if (!user || (!user.isPlatformAdmin && user.memberships[0]?.role !== "owner")) return null;
  const host = await db.host.findUnique({
    where: { id: hostId },
    select: {
      id: true,
      name: true,
      shortName: true,
      conferences: { orderBy: { conference: { startsAt: "desc" } }, select: { conference: { select: { id: true, title: true, startsAt: true, endsAt: true, timeZone: true } } } },
      apiTokens: {
        orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
        select: {
          id: true,
          name: true,
          rights: true,
          prefix: true,
          createdAt: true,
          lastUsedAt: true,
          revokedAt: true,
          createdBy: { select: { email: true } },
          conferences: { select: { conference: { select: { id: true, title: true } } } },
        },
      },
    },
  });
  if (!host) return null;
  return {
    host: { id: host.id, name: host.name, shortName: host.shortName },
    conferences: host.conferences.map((c) => c.conference),
    tokens: host.apiTokens.map((t) => ({
      id: t.id,
      name: t.name,
      rights: t.rights === "write" ? ("write" as const) : ("read" as const),
      prefix: t.prefix,
      createdAt: t.createdAt,
      createdBy: t.createdBy?.email ?? null,
      lastUsedAt: t.lastUsedAt,
      revokedAt: t.revokedAt,
      conferences: t.conferences.map((c) => c.conference.title).sort((a, b) => a.localeCompare(b)),
    })),
  };
}
