/** A host's owner (or an admin) changes a member's role; the last owner cannot be demoted. */
import "server-only";
import { writeAuditLog } from "../audit";
import { writeTransaction } from "../db-retry";
import { refusalsOf, refuse, type Outcome, type Refusal } from "../outcome";
import { lockedTeamMember } from "./permissions";
import { leavesNoOwner } from "./rules";
import type { ChangeMemberRoleInput } from "./schema";

export type ChangeMemberRoleRefusal = Refusal<"last_owner">;
export type ChangeMemberRoleResult = Outcome<{ changed: boolean; email: string }, ChangeMemberRoleRefusal>;

export async function changeMemberRole(options: { input: ChangeMemberRoleInput; actor: { userId: string } }): Promise<ChangeMemberRoleResult> {
  const { hostId, userId, role } = options.input;
  // A refusal rolls the transaction back, the team lock's write included.
  return refusalsOf<ChangeMemberRoleResult, ChangeMemberRoleRefusal>((rollBack) =>
    writeTransaction(async (tx) => {
      const { members, member } = await lockedTeamMember(tx, options.actor.userId, hostId, userId);
      if (member.role === role) return { ok: true, changed: false, email: member.user.email } as const;
      if (leavesNoOwner(members, userId, role)) return rollBack(refuse("last_owner"));
      await tx.membership.update({ where: { userId_hostId: { userId, hostId } }, data: { role } });
      await writeAuditLog(tx, { actor: options.actor, conferenceId: null, entityType: "Membership", entityId: `${hostId}:${userId}`, action: "member.role", before: { hostId, userId, role: member.role }, after: { role } });
      return { ok: true, changed: true, email: member.user.email } as const;
    }),
  );
}
