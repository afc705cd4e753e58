/** Platform admins edit a host's name, short name, slug, website, contact address, logo and print colour. */
import "server-only";
import { writeAuditLog } from "../audit";
import { isUniqueViolation, writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { requirePlatformAdmin } from "../hosts/permissions";
import type { UpdateHostInput } from "../hosts/schema";
import { allPublicConferencesChanged } from "../conferences/public-cache";
import { refusalsOf, refuse, type Outcome, type Refusal } from "../outcome";

export type UpdateHostRefusal = Refusal<"slug_taken">;
export type UpdateHostResult = Outcome<{ changed: string[] }, UpdateHostRefusal>;

export async function updateHost(options: { input: UpdateHostInput; actor: { userId: string } }): Promise<UpdateHostResult> {
  const { hostId, ...details } = options.input;
  try {
    // A refusal rolls back: no cached page is dropped for an edit that did not happen.
    return await refusalsOf<UpdateHostResult, UpdateHostRefusal>((rollBack) =>
      writeTransaction(async (tx) => {
        await requirePlatformAdmin(tx, options.actor.userId);
        const host = await tx.host.findUnique({ where: { id: hostId }, select: { name: true, shortName: true, slug: true, website: true, contactEmail: true, logoUrl: true, colour: true } });
        if (!host) throw new AppError("not_found", "Host not found");
        allPublicConferencesChanged(tx);
        if (details.slug !== undefined && details.slug !== host.slug && (await tx.host.findUnique({ where: { slug: details.slug }, select: { id: true } }))) return rollBack(refuse("slug_taken"));
        // A field not sent (undefined) is unchanged.
        const changed = (Object.keys(details) as (keyof typeof details)[]).filter((k) => details[k] !== undefined && host[k] !== details[k]);
        const before = Object.fromEntries(changed.map((k) => [k, host[k]]));
        const after = Object.fromEntries(changed.map((k) => [k, details[k]]));
        if (changed.length === 0) return { ok: true, changed } as const;
        await tx.host.update({ where: { id: hostId }, data: after });
        await writeAuditLog(tx, { actor: options.actor, conferenceId: null, entityType: "Host", entityId: hostId, action: "host.update", before, after });
        return { ok: true, changed } as const;
      }),
    );
  } catch (error) {
    if (isUniqueViolation(error, "slug")) return refuse("slug_taken");
    throw error;
  }
}
