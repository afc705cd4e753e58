/**
 * Sends an open invitation again. Only the token's hash is stored, so re-sending issues a new token
 * (the older link stops working) and a new 7-day period.
 */
import "server-only";
import { writeAuditLog } from "../audit";
import { writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { enqueueInvitationEmail, newInvitationToken } from "./invitation-mail";
import { requireHostOwner } from "./permissions";
import type { InvitationIdInput } from "./schema";

export type ResendInvitationResult = { ok: true; email: string } | { ok: false; reason: "accepted" | "revoked" };

export async function resendInvitation(options: { input: InvitationIdInput & { locale: string }; actor: { userId: string }; now?: Date }): Promise<ResendInvitationResult> {
  const now = options.now ?? new Date();
  return writeTransaction(async (tx) => {
    const found = await tx.hostInvitation.findUnique({ where: { id: options.input.invitationId }, select: { hostId: true, acceptedAt: true, revokedAt: true } });
    if (!found) throw new AppError("not_found", "Invitation not found");
    await requireHostOwner(tx, options.actor.userId, found.hostId);
    if (found.acceptedAt) return { ok: false, reason: "accepted" } as const;
    if (found.revokedAt) return { ok: false, reason: "revoked" } as const;
    const { token, tokenHash, expiresAt } = newInvitationToken(now);
    const invitation = await tx.hostInvitation.update({
      where: { id: options.input.invitationId },
      data: { tokenHash, expiresAt },
      include: { host: { select: { name: true, shortName: true } } },
    });
    const inviter = await tx.user.findUnique({ where: { id: options.actor.userId }, select: { name: true, email: true } });
    await enqueueInvitationEmail(tx, invitation, { token, locale: options.input.locale, inviterName: inviter?.name || inviter?.email || "Tagung" });
    await writeAuditLog(tx, { actor: options.actor, conferenceId: null, entityType: "HostInvitation", entityId: invitation.id, action: "invitation.resend", after: { email: invitation.email, expiresAt: expiresAt.toISOString() } });
    return { ok: true, email: invitation.email } as const;
  });
}
