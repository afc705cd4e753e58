import "server-only";
import type { Tx } from "./db";
import { insertRows } from "./db-insert";
import { newId } from "./ids";

/**
 * Who did something, as the audit log records it: a signed-in user, an organiser API token, an
 * attendee by link, an operator's command-line script (admin:create, demo:remove), or the system
 * itself (scheduled jobs).
 */
export type Actor = { userId: string } | { apiTokenId: string } | "attendee" | "script" | "system";

/** An API token is recorded as the label "api-token:<id>"; the audit pages show the token's name. */
export const API_TOKEN_LABEL_PREFIX = "api-token:";

export function auditActor(actor: Actor): { actorUserId: string | null; actorLabel: string | null } {
  if (typeof actor === "string") return { actorUserId: null, actorLabel: actor };
  if ("apiTokenId" in actor) return { actorUserId: null, actorLabel: `${API_TOKEN_LABEL_PREFIX}${actor.apiTokenId}` };
  return { actorUserId: actor.userId, actorLabel: null };
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
  return tx.auditLog.create({ data: auditRow(entry) });
}

/** Several audit rows in one plain insert (a batch of registrations; see lib/db-insert.ts). */
export function writeAuditLogs(tx: Tx, entries: AuditEntry[], now = new Date()) {
  return insertRows(
    tx,
    "AuditLog",
    entries.map((entry) => {
      const row = auditRow(entry);
      return { ...row, id: newId(), at: entry.at ?? now, before: row.before ?? null, after: row.after ?? null };
    }),
  );
}

function auditRow(entry: AuditEntry) {
  return {
    ...auditActor(entry.actor),
    conferenceId: entry.conferenceId ?? null,
    entityType: entry.entityType,
    entityId: entry.entityId,
    action: entry.action,
    before: entry.before ?? undefined,
    after: entry.after ?? undefined,
    ...(entry.at ? { at: entry.at } : {}),
  };
}
