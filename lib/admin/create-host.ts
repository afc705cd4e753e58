/** Platform admins add a host (an organisation that runs or co-runs conferences). */
import "server-only";
import { writeAuditLog } from "../audit";
import { isUniqueViolation, writeTransaction } from "../db-retry";
import { requirePlatformAdmin } from "../hosts/permissions";
import type { CreateHostInput } from "../hosts/schema";
import { refuse, type Outcome, type Refusal } from "../outcome";

export type CreateHostResult = Outcome<{ hostId: string }, Refusal<"slug_taken">>;

export async function createHost(options: { input: CreateHostInput; actor: { userId: string } }): Promise<CreateHostResult> {
  const input = options.input;
  try {
    return await writeTransaction(async (tx) => {
      await requirePlatformAdmin(tx, options.actor.userId);
      if (await tx.host.findUnique({ where: { slug: input.slug }, select: { id: true } })) return refuse("slug_taken");
      const host = await tx.host.create({ data: input });
      await writeAuditLog(tx, { actor: options.actor, conferenceId: null, entityType: "Host", entityId: host.id, action: "host.create", after: input });
      return { ok: true, hostId: host.id } as const;
    });
  } catch (error) {
    // Two admins choosing the same slug at once: the unique index refuses the second.
    if (isUniqueViolation(error, "slug")) return refuse("slug_taken");
    throw error;
  }
}
