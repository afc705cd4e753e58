/**
 * A host's owner (or a platform admin) creates an API token for some of the host's conferences.
 * The secret is returned once, to be shown once; the database keeps its hash.
 */
import "server-only";
import { writeAuditLog } from "../audit";
import { writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { requireHostOwner } from "../hosts/permissions";
import type { CreateApiTokenInput } from "./schema";
import { newApiTokenSecret } from "./secret";

export type CreateApiTokenResult = { ok: true; tokenId: string; secret: string; prefix: string };

export async function createApiToken(options: { input: CreateApiTokenInput; actor: { userId: string } }): Promise<CreateApiTokenResult> {
  const { hostId, name, rights } = options.input;
  const conferenceIds = [...new Set(options.input.conferenceIds)];
  return writeTransaction(async (tx) => {
    await requireHostOwner(tx, options.actor.userId, hostId);
    // Only the host's own conferences: a token never reaches beyond its host.
    const linked = await tx.conferenceHost.findMany({ where: { hostId, conferenceId: { in: conferenceIds } }, select: { conferenceId: true } });
    if (linked.length !== conferenceIds.length) throw new AppError("validation", "Unknown conference", { conferenceIds: "unknownConference" });
    const { secret, tokenHash, prefix } = newApiTokenSecret();
    const token = await tx.apiToken.create({
      data: { hostId, name, rights, prefix, tokenHash, createdByUserId: options.actor.userId, conferences: { create: conferenceIds.map((conferenceId) => ({ conferenceId })) } },
    });
    await writeAuditLog(tx, { actor: options.actor, conferenceId: null, entityType: "ApiToken", entityId: token.id, action: "api-token.create", after: { hostId, name, rights, prefix, conferences: conferenceIds.length } });
    return { ok: true, tokenId: token.id, secret, prefix };
  });
}
