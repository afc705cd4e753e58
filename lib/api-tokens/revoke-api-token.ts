/** A host's owner (or a platform admin) revokes an API token: it stops working at once; the row stays for the log. */
import "server-only";
import { writeAuditLog } from "../audit";
import { writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { requireHostOwner } from "../hosts/permissions";
import type { RevokeApiTokenInput } from "./schema";

export type RevokeApiTokenResult = { ok: true; name: string; already: boolean };

export async function revokeApiToken(options: { input: RevokeApiTokenInput; actor: { userId: string }; now?: Date }): Promise<RevokeApiTokenResult> {
  const now = options.now ?? new Date();
  return writeTransaction(async (tx) => {
    const token = await tx.apiToken.findUnique({ where: { id: options.input.tokenId }, select: { id: true, hostId: true, name: true, revokedAt: true } });
    if (!token) throw new AppError("not_found", "Token not found");
    await requireHostOwner(tx, options.actor.userId, token.hostId);
    if (token.revokedAt) return { ok: true, name: token.name, already: true };
    await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: now } });
    await writeAuditLog(tx, { actor: options.actor, conferenceId: null, entityType: "ApiToken", entityId: token.id, action: "api-token.revoke", before: { name: token.name, revokedAt: null }, after: { revokedAt: now.toISOString() } });
    return { ok: true, name: token.name, already: false };
  });
}
