import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma, Tx } from "../db";
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

/** Writes an outbox row inside the caller's transaction; the sender delivers it later. */
export async function enqueueEmail<K extends EmailKind>(tx: Tx, email: EnqueueEmail<K>): Promise<string> {
  if (email.dedupeKey) {
    const existing = await tx.emailOutbox.findUnique({ where: { dedupeKey: email.dedupeKey }, select: { id: true } });
    if (existing) return existing.id;
  }
  const id = randomUUID();
  await tx.emailOutbox.create({
    data: {
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
    },
  });
  return id;
}
