/**
 * The attendee takes links back: a new calendar subscription address (every older feed link stops
 * working), or every manage link except the one in use revoked. Both write an audit row.
 */
import "server-only";
import { writeAuditLog } from "../audit";
import { writeTransaction } from "../db-retry";
import { agendaFeedUrl } from "./payloads";
import { issueToken } from "./link-tokens";
import { hashToken } from "./token";
import { registrationLinksChanged } from "../conferences/public-cache";

export async function resetFeedToken(options: { registrationId: string; now?: Date }): Promise<{ feedUrl: string }> {
  const now = options.now ?? new Date();
  const token = await writeTransaction(async (tx) => {
    const registration = await tx.registration.findUniqueOrThrow({ where: { id: options.registrationId }, select: { id: true, conferenceId: true } });
    registrationLinksChanged(tx, registration.id);
    const { count } = await tx.registrationToken.updateMany({ where: { registrationId: registration.id, kind: "feed", revokedAt: null }, data: { revokedAt: now } });
    const fresh = await issueToken(tx, registration.id, "feed", now);
    await writeAuditLog(tx, { actor: "attendee", conferenceId: registration.conferenceId, entityType: "Registration", entityId: registration.id, action: "registration.feed-reset", after: { revokedFeedLinks: count } });
    return fresh;
  });
  return { feedUrl: agendaFeedUrl(token) };
}

export async function revokeOtherManageLinks(options: { registrationId: string; keepToken: string; now?: Date }): Promise<{ revoked: number }> {
  const now = options.now ?? new Date();
  return writeTransaction(async (tx) => {
    const registration = await tx.registration.findUniqueOrThrow({ where: { id: options.registrationId }, select: { id: true, conferenceId: true } });
    const { count } = await tx.registrationToken.updateMany({
      where: { registrationId: registration.id, kind: "manage", revokedAt: null, tokenHash: { not: hashToken(options.keepToken) } },
      data: { revokedAt: now },
    });
    await writeAuditLog(tx, { actor: "attendee", conferenceId: registration.conferenceId, entityType: "Registration", entityId: registration.id, action: "registration.links-revoked", after: { revokedManageLinks: count } });
    return { revoked: count };
  });
}
