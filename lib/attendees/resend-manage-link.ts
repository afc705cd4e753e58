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
import { refuse, type Outcome, type Refusal } from "../outcome";
import { requireConferenceAccess } from "../hosts/permissions";
import { toLocale } from "../i18n-server";
import { enforce, RATE_LIMITS } from "../rate-limit";
import { conferenceMailInclude } from "../registrations/payloads";
import { enqueueManageLink } from "../registrations/send-manage-link";
import { emailKey } from "../registrations/schema";

export type ResendManageLinkRefusal = Refusal<"anonymised" | "cancelled">;
export type ResendManageLinkResult = Outcome<{ to: string }, ResendManageLinkRefusal>;

export async function resendManageLink(options: { conferenceId: string; registrationId: string; actor: { userId: string }; now?: Date }): Promise<ResendManageLinkResult> {
  const now = options.now ?? new Date();
  // Reads only: a refusal here has nothing to roll back.
  const found = await writeTransaction(async (tx) => {
    await requireConferenceAccess(tx, options.actor.userId, options.conferenceId, "manage");
    const row = await tx.registration.findFirst({ where: { id: options.registrationId, conferenceId: options.conferenceId }, include: { conference: { include: conferenceMailInclude } } });
    if (!row) throw new AppError("not_found", "Registration not found");
    if (row.anonymisedAt) return refuse("anonymised");
    if (row.status === "cancelled") return refuse("cancelled");
    return { ok: true as const, registration: row };
  });
  if (!found.ok) return found;
  const { registration } = found;
  await enforce(`link:email:${emailKey(registration.email)}`, RATE_LIMITS.linkPerEmail());
  await writeTransaction(async (tx) => {
    // Checked again with the writes: a role taken away in between stops the mail.
    await requireConferenceAccess(tx, options.actor.userId, options.conferenceId, "manage");
    await enqueueManageLink(tx, registration, toLocale(registration.locale), now);
    await writeAuditLog(tx, { actor: options.actor, conferenceId: options.conferenceId, entityType: "Registration", entityId: registration.id, action: "registration.manage-link", after: { to: registration.email } });
  });
  return { ok: true, to: registration.email };
}
