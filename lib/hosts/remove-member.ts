/** A host's owner (or an admin) removes a member; the last owner cannot be removed. */
import "server-only";
import { writeAuditLog } from "../audit";
import { writeTransaction } from "../db-retry";
import { refusalsOf, refuse, type Outcome, type Refusal } from "../outcome";
import { lockedTeamMember } from "./permissions";
import { leavesNoOwner } from "./rules";
import type { RemoveMemberInput } from "./schema";

export type RemoveMemberRefusal = Refusal<"last_owner">;
export type RemoveMemberResult = Outcome<{ email: string }, RemoveMemberRefusal>;

export async function removeMember(options: { input: RemoveMemberInput; actor: { userId: string } }): Promise<RemoveMemberResult> {
  const { hostId, userId } = options.input;
  // A refusal rolls the transaction back, the team lock's write included.
  return refusalsOf<RemoveMemberResult, RemoveMemberRefusal>((rollBack) =>
    writeTransaction(async (tx) => {
      const { members, member } = await lockedTeamMember(tx, options.actor.userId, hostId, userId);
      if (leavesNoOwner(members, userId, null)) return rollBack(refuse("last_owner"));
      await tx.membership.delete({ where: { userId_hostId: { userId, hostId } } });
      await writeAuditLog(tx, { actor: options.actor, conferenceId: null, entityType: "Membership", entityId: `${hostId}:${userId}`, action: "member.remove", before: { hostId, userId, role: member.role } });
      return { ok: true, email: member.user.email } as const;
    }),
  );
}
