/** Platform admins grant or revoke platform administration; the last administrator stays. */
import "server-only";
import { writeAuditLog } from "../audit";
import { writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { requirePlatformAdmin } from "../hosts/permissions";
import { refusalsOf, refuse, type Outcome, type Refusal } from "../outcome";
import type { SetPlatformAdminInput } from "../hosts/schema";

export type SetPlatformAdminRefusal = Refusal<"last_admin">;
export type SetPlatformAdminResult = Outcome<{ changed: boolean; email: string }, SetPlatformAdminRefusal>;

export async function setPlatformAdmin(options: { input: SetPlatformAdminInput; actor: { userId: string } }): Promise<SetPlatformAdminResult> {
  const { userId, admin } = options.input;
  // A refusal rolls the transaction back, the rows touched to order concurrent revocations included.
  return refusalsOf<SetPlatformAdminResult, SetPlatformAdminRefusal>((rollBack) =>
    writeTransaction(async (tx) => {
      await requirePlatformAdmin(tx, options.actor.userId);
      const user = await tx.user.findUnique({ where: { id: userId }, select: { isPlatformAdmin: true, email: true } });
      if (!user) throw new AppError("not_found", "User not found");
      if (user.isPlatformAdmin === admin) return { ok: true, changed: false, email: user.email } as const;
      if (!admin) {
        // Touch every administrator's row first: two admins revoking each other at once then run one
        // after the other (PostgreSQL row locks; SQLite has one writer), so the second sees the first.
        await tx.user.updateMany({ where: { isPlatformAdmin: true }, data: { updatedAt: new Date() } });
        const others = await tx.user.count({ where: { isPlatformAdmin: true, id: { not: userId } } });
        if (others === 0) return rollBack(refuse("last_admin"));
      }
      await tx.user.update({ where: { id: userId }, data: { isPlatformAdmin: admin } });
      await writeAuditLog(tx, { actor: options.actor, conferenceId: null, entityType: "User", entityId: userId, action: admin ? "user.admin-grant" : "user.admin-revoke", before: { isPlatformAdmin: !admin }, after: { isPlatformAdmin: admin } });
      return { ok: true, changed: true, email: user.email } as const;
    }),
  );
}
