/**
 * The development mailbox in browser tests: open it the way its owner does (with the key), or read
 * what the server sent straight from the mailbox table.
 */
import "./database";
import { expect, type Page } from "@playwright/test";
import { db } from "../../../lib/db";
import { E2E_MAILBOX_KEY } from "./server";

/**
 * Opens the development mailbox the way its owner does: with the key in the address the first
 * time (which sets the HttpOnly cookie), plainly afterwards. Without the key it answers 404.
 */
export async function openMailbox(page: Page, locale: "de" | "en" = "de") {
  const prefix = locale === "en" ? "/en" : "";
  await page.goto(`${prefix}/dev/mailbox?key=${encodeURIComponent(E2E_MAILBOX_KEY)}`);
}

/** Waits for the mail sender to deliver a message to `to` whose subject matches, opens it in the mailbox, returns its text. */
export async function openMail(page: Page, to: string, subject: RegExp, locale: "de" | "en" = "de"): Promise<string> {
  await expect(async () => {
    await openMailbox(page, locale);
    await expect(page.locator("tr", { hasText: to }).filter({ hasText: subject }).first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 60_000 }); // the sender polls; a busy machine can take a while
  await page.locator("tr", { hasText: to }).filter({ hasText: subject }).first().getByRole("link").click();
  return (await page.getByTestId("mail-text").textContent()) ?? "";
}

export type MailboxMessage = { id: string; subject: string; text: string | null; raw: string };

/** The newest message to `to` whose subject matches, once the mail sender has delivered it. */
export async function mailTo(to: string, subject: RegExp): Promise<MailboxMessage> {
  let found: MailboxMessage | null = null;
  await expect(async () => {
    const messages = await db.devMailboxMessage.findMany({ where: { to: { contains: to } }, orderBy: { createdAt: "desc" } });
    found = messages.find((m) => subject.test(m.subject)) ?? null;
    expect(found).not.toBeNull();
  }).toPass({ timeout: 60_000 }); // the sender polls; a busy machine can take a while
  return found!;
}
