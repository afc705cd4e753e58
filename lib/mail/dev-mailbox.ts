/** The development mailbox: only outside production, or when DEV_MAILBOX=1 says so explicitly. */
import { db } from "../db";
import { attachmentsOf, type MimeAttachment } from "./mime";

/** Read on every request (not at build time): `npm start` runs a production build and sets DEV_MAILBOX=1 itself. */
export function devMailboxEnabled(): boolean {
  return process.env.NODE_ENV !== "production" || process.env.DEV_MAILBOX === "1";
}

export async function listDevMail(limit = 200) {
  return db.devMailboxMessage.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit, select: { id: true, from: true, to: true, subject: true, createdAt: true } });
}

export async function getDevMail(id: string) {
  const message = await db.devMailboxMessage.findUnique({ where: { id } });
  if (!message) return null;
  const attachments = attachmentsOf(message.raw).map(({ filename, contentType, content }) => ({ filename, contentType, size: content.length }));
  return { ...message, attachments };
}

/** One attachment by its position in the message (as listed by getDevMail). */
export async function getDevMailAttachment(id: string, index: number): Promise<MimeAttachment | null> {
  const message = await db.devMailboxMessage.findUnique({ where: { id }, select: { raw: true } });
  return message ? (attachmentsOf(message.raw)[index] ?? null) : null;
}
