/**
 * "Meine Daten löschen" (Art. 17 DSGVO), by the attendee's link or by an organiser on request: the
 * registration is cancelled (seats freed, waiting lists move up, calendar cancellations queued) and
 * anonymised in the same transaction, so the manage link stops working at once. The cancellation
 * mail is the one row that still names them; the sender deletes it once it has gone out.
 */
import "server-only";
import { writeAuditLog } from "../audit";
import { writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { requireConferenceAccess } from "../hosts/permissions";
import { cancelRegistrationIn } from "../registrations/cancel-registration";
import { anonymiseRegistration } from "./anonymise-registration";

export type EraseResult = { ok: true; conferenceId: string; cancelled: boolean; sessions: number } | { ok: false; reason: "already_erased" };

/** By the attendee (their manage link) or by a signed-in organiser, whose access is checked here. */
export async function eraseRegistration(options: { registrationId: string; actor: "attendee" | { userId: string }; reason?: string; now?: Date }): Promise<EraseResult> {
  const now = options.now ?? new Date();
  return writeTransaction(async (tx) => {
    const registration = await tx.registration.findUnique({ where: { id: options.registrationId }, select: { id: true, conferenceId: true, anonymisedAt: true, status: true, _count: { select: { sessions: true } } } });
    if (!registration) throw new AppError("not_found", "Registration not found");
    if (options.actor !== "attendee") await requireConferenceAccess(tx, options.actor.userId, registration.conferenceId, "manage");
    if (registration.anonymisedAt) return { ok: false as const, reason: "already_erased" as const };
    const cancel = await cancelRegistrationIn(tx, { registrationId: registration.id, actor: options.actor, now });
    await anonymiseRegistration(tx, registration.id, now, { keepOutboxIds: cancel.emailIds ?? [] });
    await writeAuditLog(tx, {
      actor: options.actor,
      conferenceId: registration.conferenceId,
      entityType: "Registration",
      entityId: registration.id,
      action: "registration.erase",
      after: { anonymised: true, ...(options.reason ? { reason: options.reason } : {}) },
    });
    return { ok: true as const, conferenceId: registration.conferenceId, cancelled: !cancel.alreadyCancelled, sessions: registration._count.sessions };
  });
}
