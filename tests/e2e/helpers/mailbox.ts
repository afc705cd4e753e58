import type { Page } from "@playwright/test";
import { E2E_MAILBOX_KEY } from "./server";

/**
 * Opens the development mailbox the way its owner does: with the key in the address the first
 * time (which sets the HttpOnly cookie), plainly afterwards. Without the key it answers 404.
 */
export async function openMailbox(page: Page, locale: "de" | "en" = "de") {
  const prefix = locale === "en" ? "/en" : "";
  await page.goto(`${prefix}/dev/mailbox?key=${encodeURIComponent(E2E_MAILBOX_KEY)}`);
}
