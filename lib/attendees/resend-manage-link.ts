/**
 * An organiser sends an attendee their manage link again (the attendee lost it, or asked by
 * phone). A fresh link is issued — only token hashes are stored — and the mail goes through the
 * outbox to the registered address only, in the attendee's language; the audit row names who sent
 * it. The per-address limit of manage-link mails applies here too, so no one floods an inbox.
 */
import "server-only";
import { writeAuditLog } from "../audit";
import { writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { requireConferenceAccess } from "../hosts/permissions";
import { toLocale } from "../i18n-server";
import { enforce, RATE_LIMITS } from "../rate-limit";
import { conferenceMailInclude } from "../registrations/payloads";
import { enqueueManageLink } from "../registrations/send-manage-link";
import { emailKey } from "../registrations/schema";

export async function resendManageLink(options: { conferenceId: string; registrationId: string; actor: { userId: string }; now?: Date }): Promise<{ to: string }> {
  const now = options.now ?? new Date();
  const registration = await writeTransaction(async (tx) => {
    await requireConferenceAccess(tx, options.actor.userId, options.conferenceId, "manage");
    const found = await tx.registration.findFirst({ where: { id: options.registrationId, conferenceId: options.conferenceId }, include: { conference: { include: conferenceMailInclude } } });
    if (!found) throw new AppError("not_found", "Registration not found");
    if (found.anonymisedAt) throw new AppError("conflict", "This registration has been anonymised", undefined, { reason: "anonymised" });
    if (found.status === "cancelled") throw new AppError("conflict", "This registration has been cancelled", undefined, { reason: "cancelled" });
    return found;
  });
  await enforce(`link:email:${emailKey(registration.email)}`, RATE_LIMITS.linkPerEmail());
  await writeTransaction(async (tx) => {
    // Checked again with the writes: a role taken away in between stops the mail.
    await requireConferenceAccess(tx, options.actor.userId, options.conferenceId, "manage");
    await enqueueManageLink(tx, registration, toLocale(registration.locale), now);
    await writeAuditLog(tx, { actor: options.actor, conferenceId: options.conferenceId, entityType: "Registration", entityId: registration.id, action: "registration.manage-link", after: { to: registration.email } });
  });
  return { to: registration.email };
}
