import type { Tx } from "./db";

/**
 * Who did something, as the audit log records it: a signed-in user, an attendee by link, an
 * operator's command-line script (admin:create, demo:remove), or the system itself (scheduled jobs).
 */
export type Actor = { userId: string } | "attendee" | "script" | "system";

export function auditActor(actor: Actor): { actorUserId: string | null; actorLabel: string | null } {
  return typeof actor === "string" ? { actorUserId: null, actorLabel: actor } : { actorUserId: actor.userId, actorLabel: null };
}

export type AuditEntry = {
  actor: Actor;
  /** The conference the change belongs to; null or absent for platform-wide changes (hosts, users, operator). */
  conferenceId?: string | null;
  entityType: string;
  entityId: string;
  action: string;
  before?: object | null;
  after?: object | null;
  /** When it happened, if not now (a use case with an injected clock). */
  at?: Date;
};

/**
 * One audit row, written with the change it records (pass the transaction the change runs in).
 * The only way lib/ writes the audit log (ESLint forbids `auditLog.create` elsewhere).
 */
export function writeAuditLog(tx: Pick<Tx, "auditLog">, entry: AuditEntry) {
  return tx.auditLog.create({
    data: {
      ...auditActor(entry.actor),
      conferenceId: entry.conferenceId ?? null,
      entityType: entry.entityType,
      entityId: entry.entityId,
      action: entry.action,
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
      ...(entry.at ? { at: entry.at } : {}),
    },
  });
}
