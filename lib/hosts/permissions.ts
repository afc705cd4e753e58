/**
 * Who may do what. Platform admins: everything. Owners and editors of a conference's organising
 * hosts (organiser, co-organiser): the whole conference. Owners and editors of a partner host: only
 * the sessions that host is responsible for. Viewers: read, within the same scope as their host's
 * owners (a partner host's viewer sees only its sessions' attendees). Everyone else: nothing, and a
 * conference they cannot see is reported as not found rather than forbidden.
 */
import type { Tx } from "../db";
import { AppError } from "../errors";

export type Access = "none" | "read" | "sessions-of-hosts" | "manage";

/**
 * hostIds: the partner hosts whose sessions this user may change ("sessions-of-hosts").
 * readHostIds: null when the user sees the whole conference's attendees (admins, any role at an
 * organising host); else the partner hosts whose sessions' attendees they see.
 */
export type ConferenceAccess = { level: Access; hostIds: string[]; readHostIds: string[] | null };

/**
 * Who is asking: a signed-in user (a plain user id, as most use cases pass it), or an organiser API
 * token (lib/api-tokens). A token acts as its host with the role its rights allow — read → viewer,
 * write → editor — and only in the conferences it is scoped to; it is never an owner or an admin.
 */
export type Principal = string | OrganiserActor;
/** An organiser use case's actor: a signed-in user or an API token (lib/api-tokens/authenticate.ts). */
export type OrganiserActor = { userId: string } | { apiTokenId: string };

type Standing = { hostId: string; role: "owner" | "editor" | "viewer"; link: { role: string } | undefined };

/** The roles a principal holds at the conference's hosts; `admin` for platform admins. Read inside the caller's transaction. */
async function standings(tx: Tx, who: Principal, conferenceId: string): Promise<Standing[] | "admin"> {
  if (typeof who === "object" && "apiTokenId" in who) {
    const token = await tx.apiToken.findFirst({
      where: { id: who.apiTokenId, revokedAt: null, conferences: { some: { conferenceId } } },
      select: { hostId: true, rights: true, host: { select: { conferences: { where: { conferenceId }, select: { role: true } } } } },
    });
    if (!token) return [];
    return [{ hostId: token.hostId, role: token.rights === "write" ? "editor" : "viewer", link: token.host.conferences[0] }];
  }
  const userId = typeof who === "string" ? who : who.userId;
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { isPlatformAdmin: true, memberships: { select: { hostId: true, role: true, host: { select: { conferences: { where: { conferenceId }, select: { role: true } } } } } } },
  });
  if (!user) return [];
  if (user.isPlatformAdmin) return "admin";
  return user.memberships.map((m) => ({ hostId: m.hostId, role: m.role, link: m.host.conferences[0] }));
}

export async function conferenceAccess(tx: Tx, who: Principal, conferenceId: string): Promise<ConferenceAccess> {
  const held = await standings(tx, who, conferenceId);
  if (held === "admin") return { level: "manage", hostIds: [], readHostIds: null };
  let level: Access = "none";
  const hostIds: string[] = [];
  const partnerHostIds: string[] = [];
  let wholeConference = false;
  for (const m of held) {
    const link = m.link;
    if (!link) continue;
    const writer = m.role === "owner" || m.role === "editor";
    const organising = link.role === "organiser" || link.role === "co_organiser";
    if (organising) wholeConference = true;
    else partnerHostIds.push(m.hostId);
    if (writer && organising) level = "manage";
    else if (writer && link.role === "partner") {
      hostIds.push(m.hostId);
      if (level !== "manage") level = "sessions-of-hosts";
    } else if (level === "none") level = "read";
  }
  return { level, hostIds, readHostIds: wholeConference ? null : partnerHostIds };
}

/** Throws not_found when the user cannot see the conference, forbidden when they may not change this session. */
export async function assertCanEditSession(tx: Tx, who: Principal, session: { conferenceId: string; hostId: string }): Promise<void> {
  const access = await conferenceAccess(tx, who, session.conferenceId);
  if (access.level === "none") throw new AppError("not_found", "Conference not found");
  if (!canEditSessionOf(access, session.hostId)) throw new AppError("forbidden", "You may not change this session");
}

/**
 * The guard every organiser use case starts with. "read": any role on the conference;
 * "sessions": may change at least some sessions (partner editors); "manage": the whole conference.
 * A conference the user has no role on is not found (its existence stays hidden); a visible one
 * with too little access is forbidden.
 */
export async function requireConferenceAccess(tx: Tx, who: Principal, conferenceId: string, need: "read" | "sessions" | "manage"): Promise<ConferenceAccess> {
  const access = await conferenceAccess(tx, who, conferenceId);
  if (access.level === "none") throw new AppError("not_found", "Conference not found");
  const enough = need === "read" || access.level === "manage" || (need === "sessions" && access.level === "sessions-of-hosts");
  if (!enough) throw new AppError("forbidden", "You may not change this conference");
  return access;
}

/** Whether this access may create or change a session the given host is responsible for. */
export function canEditSessionOf(access: ConferenceAccess, hostId: string): boolean {
  return access.level === "manage" || (access.level === "sessions-of-hosts" && access.hostIds.includes(hostId));
}

/** Where-clause for the conferences a user may see in the workspace. */
export async function visibleConferencesWhere(tx: Tx, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { isPlatformAdmin: true, memberships: { select: { hostId: true } } } });
  if (!user) return { id: { in: [] as string[] } };
  if (user.isPlatformAdmin) return {};
  return { hosts: { some: { hostId: { in: user.memberships.map((m) => m.hostId) } } } };
}

/**
 * Which hosts run a conference, and in which role, is decided by the organiser host's owners (or a
 * platform admin): a co-organiser cannot demote or remove the organiser, nor hand out roles.
 */
export async function requireHostRoleAccess(tx: Tx, userId: string, conferenceId: string): Promise<void> {
  await requireConferenceAccess(tx, userId, conferenceId, "manage");
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { isPlatformAdmin: true, memberships: { where: { role: "owner", host: { conferences: { some: { conferenceId, role: "organiser" } } } }, select: { hostId: true } } },
  });
  if (!user?.isPlatformAdmin && !user?.memberships.length) throw new AppError("forbidden", "Only the organiser host's owners can change the hosts of a conference");
}

/** Platform administration (hosts, users, admins): admins only. */
export async function requirePlatformAdmin(tx: Tx, userId: string): Promise<void> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { isPlatformAdmin: true } });
  if (!user?.isPlatformAdmin) throw new AppError("forbidden", "Platform administrators only");
}

/**
 * A host's team (members, invitations): its owners and platform admins. A host the user has no
 * role at is not found; editors and viewers see that it exists but may not change its team.
 */
export async function requireHostOwner(tx: Tx, userId: string, hostId: string): Promise<void> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { isPlatformAdmin: true, memberships: { where: { hostId }, select: { role: true } } } });
  const exists = await tx.host.findUnique({ where: { id: hostId }, select: { id: true } });
  if (!user || !exists) throw new AppError("not_found", "Host not found");
  if (user.isPlatformAdmin) return;
  const role = user.memberships[0]?.role;
  if (!role) throw new AppError("not_found", "Host not found");
  if (role !== "owner") throw new AppError("forbidden", "Only the host's owners manage its team");
}

/**
 * Serialises changes to one host's team: the host row is written first, so two owners demoting
 * each other at once cannot both pass the "another owner is left" check (PostgreSQL holds the row
 * lock until commit; SQLite has one writer at a time).
 */
export async function lockHostTeam(tx: Tx, hostId: string): Promise<void> {
  await tx.host.update({ where: { id: hostId }, data: { updatedAt: new Date() } });
}

/**
 * An owner's change to one member of the team: checks the actor owns the host, locks the team
 * (lockHostTeam), and returns the whole team as it is now with the member it is about.
 */
export async function lockedTeamMember(tx: Tx, actorUserId: string, hostId: string, userId: string) {
  await requireHostOwner(tx, actorUserId, hostId);
  await lockHostTeam(tx, hostId);
  const members = await tx.membership.findMany({ where: { hostId }, select: { userId: true, role: true, user: { select: { email: true } } } });
  const member = members.find((m) => m.userId === userId);
  if (!member) throw new AppError("not_found", "Member not found");
  return { members, member };
}
