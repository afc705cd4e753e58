/** What the host page and the invitation page show. Access is part of each query. */
import "server-only";
import { auditDiff } from "../audit/diff";
import { db } from "../db";
import { hashToken } from "../registrations/token";
import { invitationState, type InvitationState } from "./rules";
import type { MembershipRoleName } from "./schema";

export type InvitationPreview = { state: "unknown" } | { state: InvitationState; email: string; role: MembershipRoleName; hostName: string; hostShortName: string };

/**
 * A host with its members and invitations, for its owners and platform admins; null for anyone
 * else (the page answers 404). `canEditDetails`: admins only.
 */
export async function hostTeam(userId: string, hostId: string, now = new Date()) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { isPlatformAdmin: true, memberships: { where: { hostId }, select: { role: true } } } });
  if (!user || (!user.isPlatformAdmin && user.memberships[0]?.role !== "owner")) return null;
  const host = await db.host.findUnique({
    where: { id: hostId },
    include: {
      memberships: { include: { user: { select: { id: true, email: true, name: true } } }, orderBy: { user: { email: "asc" } } },
      invitations: { where: { acceptedAt: null, revokedAt: null }, orderBy: { createdAt: "desc" }, include: { invitedBy: { select: { email: true } } } },
    },
  });
  if (!host) return null;
  const [allInvitations, tokens] = await Promise.all([db.hostInvitation.findMany({ where: { hostId }, select: { id: true } }), db.apiToken.findMany({ where: { hostId }, select: { id: true } })]);
  const log = await db.auditLog.findMany({
    where: {
      conferenceId: null,
      OR: [
        { entityType: "Host", entityId: hostId },
        { entityType: "Membership", entityId: { startsWith: `${hostId}:` } },
        { entityType: "HostInvitation", entityId: { in: allInvitations.map((i) => i.id) } },
        { entityType: "ApiToken", entityId: { in: tokens.map((t) => t.id) } },
      ],
    },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: 20,
    include: { actor: { select: { email: true } } },
  });
  return {
    log: log.map((r) => ({ id: r.id, at: r.at, actorEmail: r.actor?.email ?? null, action: r.action, changes: auditDiff(r.before, r.after) })),
    host,
    canEditDetails: user.isPlatformAdmin,
    members: host.memberships.map((m) => ({ userId: m.user.id, email: m.user.email, name: m.user.name, role: m.role })),
    invitations: host.invitations.map((i) => ({ id: i.id, email: i.email, role: i.role, expiresAt: i.expiresAt, invitedBy: i.invitedBy?.email ?? null, state: invitationState(i, now) })),
  };
}

/** The invitation behind a link, for the accept page (nothing but host, role, address and state). */
export async function invitationByToken(token: string, now = new Date()): Promise<InvitationPreview> {
  const invitation = await db.hostInvitation.findUnique({ where: { tokenHash: hashToken(token) }, include: { host: { select: { name: true, shortName: true } } } });
  if (!invitation) return { state: "unknown" };
  return { state: invitationState(invitation, now), email: invitation.email, role: invitation.role, hostName: invitation.host.name, hostShortName: invitation.host.shortName };
}
