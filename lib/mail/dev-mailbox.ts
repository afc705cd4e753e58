/**
 * The development mailbox: only outside production, or when DEV_MAILBOX=1 says so explicitly, and
 * only for whoever holds its key (see dev-mailbox-access.ts).
 */
import "server-only";
import { db } from "../db";
import { mailboxKeyMatches } from "./dev-mailbox-access";
import { attachmentsOf, type MimeAttachment } from "./mime";

export { devMailboxEnabled, mailboxRequestAllowed, MAILBOX_COOKIE } from "./dev-mailbox-access";

/** For the mailbox pages: the visitor's cookie (MAILBOX_COOKIE, read by the page) carries the key. */
export function mailboxPageAllowed(cookieValue: string | undefined): boolean {
  return mailboxKeyMatches(cookieValue);
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
