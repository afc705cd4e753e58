/**
 * An organiser sends a failed email again: back to pending with its attempts counted from zero, so
 * a temporary failure on the way gets the full retry window again; the audit row keeps the old count.
 */
import "server-only";
import { writeAuditLog } from "../audit";
import { writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { refuse, type Outcome, type Refusal } from "../outcome";
import { conferenceAccess } from "../hosts/permissions";

/** What the "send again" button shows. */
export type RetryEmailResult = { ok: true } | { ok: false; message: string };

export async function retryFailedEmail(options: { emailId: string; actor: { userId: string }; now?: Date }): Promise<Outcome<object, Refusal<"content_deleted">>> {
  const now = options.now ?? new Date();
  return writeTransaction(async (tx) => {
    const email = await tx.emailOutbox.findUnique({ where: { id: options.emailId }, select: { id: true, status: true, conferenceId: true, lastError: true, attempts: true, payload: true } });
    if (!email?.conferenceId) throw new AppError("not_found", "Email not found");
    const access = await conferenceAccess(tx, options.actor.userId, email.conferenceId);
    if (access.level === "none") throw new AppError("not_found", "Email not found");
    if (access.level !== "manage") throw new AppError("forbidden", "Only the conference's organisers can resend emails");
    if (email.status !== "failed") throw new AppError("conflict", "Only failed emails can be retried");
    // The retention job drops a failed mail's content after a while (lib/privacy); nothing is left to send.
    if (!email.payload || Object.keys(email.payload).length === 0) return refuse("content_deleted");
    await tx.emailOutbox.update({ where: { id: email.id }, data: { status: "pending", attempts: 0, nextAttemptAt: now, lockedBy: null, lockedUntil: null } });
    await writeAuditLog(tx, { actor: options.actor, conferenceId: email.conferenceId, entityType: "EmailOutbox", entityId: email.id, action: "email.retry", before: { status: "failed", attempts: email.attempts, lastError: email.lastError }, after: { status: "pending" } });
    return { ok: true };
  });
}
