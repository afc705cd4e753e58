/** The development mailbox: only outside production, or when DEV_MAILBOX=1 says so explicitly. */
import { db } from "../db";

export function devMailboxEnabled(): boolean {
  return process.env.NODE_ENV !== "production" || process.env.DEV_MAILBOX === "1";
}

export async function listDevMail(limit = 200) {
  return db.devMailboxMessage.findMany({ orderBy: { createdAt: "desc" }, take: limit, select: { id: true, from: true, to: true, subject: true, createdAt: true } });
}

export async function getDevMail(id: string) {
  const message = await db.devMailboxMessage.findUnique({ where: { id } });
  if (!message) return null;
  return { ...message, attachments: attachmentsOf(message.raw) };
}

/** File names and types of the MIME parts that are attachments (for the list; the .eml has them all). */
export function attachmentsOf(raw: string): { filename: string; contentType: string }[] {
  const parts = raw.split(/\n--[^\n]+\n/);
  const found: { filename: string; contentType: string }[] = [];
  for (const part of parts) {
    const head = part.split(/\n\n/)[0];
    const filename = /filename="?([^";\n]+)"?/i.exec(head)?.[1];
    if (filename) found.push({ filename, contentType: /Content-Type:\s*([^;\n]+)/i.exec(head)?.[1]?.trim() ?? "application/octet-stream" });
  }
  return found;
}
