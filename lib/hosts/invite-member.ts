/**
 * A host's owner (or an admin) invites someone by email with a role. The email carries a link to
 * /invite/<token>; an earlier open invitation for the same address is revoked, so one link is live.
 */
import "server-only";
import { writeAuditLog } from "../audit";
import { writeTransaction } from "../db-retry";
import { enqueueInvitationEmail, newInvitationToken } from "./invitation-mail";
import { refuse, type Outcome, type Refusal } from "../outcome";
import { requireHostOwner } from "./permissions";
import type { InviteMemberInput } from "./schema";

export type InviteMemberResult = Outcome<{ invitationId: string }, Refusal<"already_member">>;

export async function inviteMember(options: { input: InviteMemberInput; actor: { userId: string }; now?: Date }): Promise<InviteMemberResult> {
  const { hostId, email, role, locale } = options.input;
  const now = options.now ?? new Date();
  return writeTransaction(async (tx) => {
    await requireHostOwner(tx, options.actor.userId, hostId);
    if (await tx.membership.findFirst({ where: { hostId, user: { email } }, select: { id: true } })) return refuse("already_member");
    await tx.hostInvitation.updateMany({ where: { hostId, email, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
    const { token, tokenHash, expiresAt } = newInvitationToken(now);
    const invitation = await tx.hostInvitation.create({
      data: { hostId, email, role, tokenHash, expiresAt, invitedByUserId: options.actor.userId },
      include: { host: { select: { name: true, shortName: true } }, invitedBy: { select: { name: true, email: true } } },
    });
    await enqueueInvitationEmail(tx, invitation, { token, locale, inviterName: invitation.invitedBy?.name || invitation.invitedBy?.email || "Tagung" });
    await writeAuditLog(tx, { actor: options.actor, conferenceId: null, entityType: "HostInvitation", entityId: invitation.id, action: "invitation.create", after: { hostId, email, role, expiresAt: expiresAt.toISOString() } });
    return { ok: true, invitationId: invitation.id } as const;
  });
}
