import "./helpers/database";
import { expect, test } from "@playwright/test";
import { db } from "../../lib/db";
import { expectAccessible } from "./helpers/a11y";
import { DEMO_ORGANISERS, DEMO_SLUG } from "./helpers/demo";

test("an organiser signs in with the emailed link and resends an email that could not be delivered", async ({ page }) => {
  const conference = await db.conference.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
  const failed = await db.emailOutbox.create({
    data: {
      kind: "manage-link",
      toAddress: "bounced@example.org",
      payload: {},
      messageId: `<e2e-${Date.now()}@localhost>`,
      status: "failed",
      lastError: "550 5.1.1 Mailbox unavailable",
      attempts: 1,
      conferenceId: conference.id,
    },
  });

  await page.goto("/organiser");
  await expect(page).toHaveURL(/\/signin/);
  await page.getByLabel("E-Mail-Adresse").fill(DEMO_ORGANISERS.bismitOwner);
  await page.getByRole("button", { name: "Anmeldelink anfordern" }).click();
  await expect(page.getByRole("status")).toContainText("Bitte prüfen Sie Ihr Postfach");

  let link = "";
  await expect(async () => {
    await page.goto("/dev/mailbox");
    await page.locator("tr", { hasText: DEMO_ORGANISERS.bismitOwner }).filter({ hasText: "Anmeldelink" }).first().getByRole("link").click({ timeout: 1000 });
    link = /https?:\/\/\S+\/api\/auth\/callback\/email\?\S+/.exec((await page.getByTestId("mail-text").textContent()) ?? "")?.[0] ?? "";
    expect(link).not.toBe("");
  }).toPass({ timeout: 20_000 });

  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Veranstalterbereich" })).toBeVisible();
  await expect(page.getByText(`Angemeldet als ${DEMO_ORGANISERS.bismitOwner}`)).toBeVisible();
  const table = page.getByTestId("failed-emails").first();
  await expect(table).toContainText("bounced@example.org");
  await expect(table).toContainText("550 5.1.1 Mailbox unavailable");
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/screens/organiser-de.png", fullPage: true });
  await table.locator("tr", { hasText: "bounced@example.org" }).getByRole("button", { name: "Erneut senden" }).click();
  // Back in the queue, it leaves the list of undeliverable mail.
  await expect(page.getByText("bounced@example.org")).toHaveCount(0);
  expect((await db.emailOutbox.findUniqueOrThrow({ where: { id: failed.id } })).status).not.toBe("failed");

  // The link was used once; it does not sign in again.
  await page.context().clearCookies();
  await page.goto(link);
  await expect(page).toHaveURL(/\/signin\?error=/);
});
