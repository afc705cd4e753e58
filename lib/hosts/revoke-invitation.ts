/** Withdraws an open invitation: its link stops working (the row is kept for the record). */
import "server-only";
import { writeAuditLog } from "../audit";
import { writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { requireHostOwner } from "./permissions";
import type { InvitationIdInput } from "./schema";

export type RevokeInvitationResult = { ok: true; email: string } | { ok: false; reason: "accepted" | "revoked" };

export async function revokeInvitation(options: { input: InvitationIdInput; actor: { userId: string }; now?: Date }): Promise<RevokeInvitationResult> {
  const now = options.now ?? new Date();
  return writeTransaction(async (tx) => {
    const found = await tx.hostInvitation.findUnique({ where: { id: options.input.invitationId }, select: { id: true, hostId: true, email: true, acceptedAt: true, revokedAt: true } });
    if (!found) throw new AppError("not_found", "Invitation not found");
    await requireHostOwner(tx, options.actor.userId, found.hostId);
    if (found.acceptedAt) return { ok: false, reason: "accepted" } as const;
    if (found.revokedAt) return { ok: false, reason: "revoked" } as const;
    await tx.hostInvitation.update({ where: { id: found.id }, data: { revokedAt: now } });
    await writeAuditLog(tx, { actor: options.actor, conferenceId: null, entityType: "HostInvitation", entityId: found.id, action: "invitation.revoke", before: { email: found.email }, after: { revokedAt: now.toISOString() } });
    return { ok: true, email: found.email } as const;
  });
}
