import type { Tx } from "./db";

/** Who did something, as the audit log records it: a signed-in user, an attendee by link, or an operator's command-line script (admin:create, demo:remove). */
export type Actor = { userId: string } | "attendee" | "script";

export function auditActor(actor: Actor): { actorUserId: string | null; actorLabel: string | null } {
  return typeof actor === "string" ? { actorUserId: null, actorLabel: actor } : { actorUserId: actor.userId, actorLabel: null };
}

export type AuditEntry = { actor: Actor; conferenceId: string | null; entityType: string; entityId: string; action: string; before?: object | null; after?: object | null };

/** One audit row, written with the change it records (pass the transaction the change runs in). */
export function writeAuditLog(tx: Pick<Tx, "auditLog">, entry: AuditEntry) {
  return tx.auditLog.create({
    data: { ...auditActor(entry.actor), conferenceId: entry.conferenceId, entityType: entry.entityType, entityId: entry.entityId, action: entry.action, before: entry.before ?? undefined, after: entry.after ?? undefined },
  });
}
