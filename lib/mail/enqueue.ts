import "server-only";
import type { Prisma, Tx } from "../db";
import { insertRows } from "../db-insert";
import { newId } from "../ids";
import { appHostname } from "../http";
import type { EmailKind, EmailPayloads } from "./messages";
import { sealPayload } from "./sealed";

export type EnqueueEmail<K extends EmailKind> = {
  kind: K;
  to: string;
  toName?: string | null;
  locale: string;
  payload: EmailPayloads[K];
  conferenceId?: string | null;
  registrationId?: string | null;
  /** Makes the enqueue idempotent: a second row with the same key is not written. */
  dedupeKey?: string;
  /** Not sent before this time (e.g. a session update waiting for further changes to coalesce). */
  notBefore?: Date;
};

export function messageIdFor(id: string): string {
  return `<${id}@${appHostname()}>`;
}

/**
 * The outbox row of one email. Its id doubles as the Message-ID's local part; ids made in one
 * process sort in the order they were made, so rows written in one insert (a confirmation and the
 * invitations that follow it) keep their order where createdAt ties.
 */
export function outboxRow<K extends EmailKind>(email: EnqueueEmail<K>, id: string = newId()) {
  return {
    id,
    kind: email.kind,
    toAddress: email.to,
    toName: email.toName ?? null,
    locale: email.locale === "en" ? "en" : "de",
    payload: sealPayload(email.kind, email.payload) as unknown as Prisma.InputJsonValue,
    messageId: messageIdFor(id),
    dedupeKey: email.dedupeKey ?? null,
    conferenceId: email.conferenceId ?? null,
    registrationId: email.registrationId ?? null,
    ...(email.notBefore ? { nextAttemptAt: email.notBefore } : {}),
  };
}

/** Writes an outbox row inside the caller's transaction; the sender delivers it later. */
export async function enqueueEmail<K extends EmailKind>(tx: Tx, email: EnqueueEmail<K>): Promise<string> {
  if (email.dedupeKey) {
    const existing = await tx.emailOutbox.findUnique({ where: { dedupeKey: email.dedupeKey }, select: { id: true } });
    if (existing) return existing.id;
  }
  const row = outboxRow(email);
  await tx.emailOutbox.create({ data: row });
  return row.id;
}

/**
 * Several outbox rows in one plain insert (a batch of new registrations; see lib/db-insert.ts).
 * Without dedupe keys: those need enqueueEmail's lookup.
 */
export async function enqueueEmails(tx: Tx, emails: EnqueueEmail<EmailKind>[]): Promise<string[]> {
  if (emails.some((e) => e.dedupeKey)) throw new Error("enqueueEmails takes no dedupe keys; use enqueueEmail");
  const now = new Date();
  const rows = emails.map((e) => {
    const { nextAttemptAt, ...row } = outboxRow(e) as ReturnType<typeof outboxRow> & { nextAttemptAt?: Date };
    return {
      ...row,
      payload: row.payload as Prisma.JsonValue,
      status: "pending" as const,
      attempts: 0,
      nextAttemptAt: nextAttemptAt ?? now,
      lockedBy: null,
      lockedUntil: null,
      lastError: null,
      subject: null,
      sentAt: null,
      createdAt: now,
      updatedAt: now,
    };
  });
  await insertRows(tx, "EmailOutbox", rows);
  return rows.map((r) => r.id);
}
