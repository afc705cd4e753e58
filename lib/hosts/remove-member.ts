/** A host's owner (or an admin) removes a member; the last owner cannot be removed. */
import "server-only";
import { writeAuditLog } from "../audit";
import { writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { lockHostTeam, requireHostOwner } from "./permissions";
import { leavesNoOwner } from "./rules";
import type { RemoveMemberInput } from "./schema";

export type RemoveMemberResult = { ok: true; email: string } | { ok: false; reason: "last-owner" };

export async function removeMember(options: { input: RemoveMemberInput; actor: { userId: string } }): Promise<RemoveMemberResult> {
  const { hostId, userId } = options.input;
  return writeTransaction(async (tx) => {
    await requireHostOwner(tx, options.actor.userId, hostId);
    await lockHostTeam(tx, hostId);
    const members = await tx.membership.findMany({ where: { hostId }, select: { userId: true, role: true, user: { select: { email: true } } } });
    const member = members.find((m) => m.userId === userId);
    if (!member) throw new AppError("not_found", "Member not found");
    if (leavesNoOwner(members, userId, null)) return { ok: false, reason: "last-owner" } as const;
    await tx.membership.delete({ where: { userId_hostId: { userId, hostId } } });
    await writeAuditLog(tx, { actor: options.actor, conferenceId: null, entityType: "Membership", entityId: `${hostId}:${userId}`, action: "member.remove", before: { hostId, userId, role: member.role } });
    return { ok: true, email: member.user.email } as const;
  });
}
