/**
 * Reading what the server sent: the newest development-mailbox message to an address whose subject
 * matches, once the mail sender has delivered it. Reads the mailbox table directly, so it does not
 * depend on how the mailbox pages are protected.
 */
import "./database";
import { expect } from "@playwright/test";
import { db } from "../../../lib/db";

export type MailboxMessage = { id: string; subject: string; text: string | null; raw: string };

export async function mailTo(to: string, subject: RegExp): Promise<MailboxMessage> {
  let found: MailboxMessage | null = null;
  await expect(async () => {
    const messages = await db.devMailboxMessage.findMany({ where: { to: { contains: to } }, orderBy: { createdAt: "desc" } });
    found = messages.find((m) => subject.test(m.subject)) ?? null;
    expect(found).not.toBeNull();
  }).toPass({ timeout: 20_000 });
  return found!;
}
