import "./helpers/database";
import { expect, test } from "@playwright/test";
import { db } from "../../lib/db";
import { expectAccessible } from "./helpers/a11y";
import { openMailbox } from "./helpers/mailbox";
import { DEMO_ORGANISERS, DEMO_SLUG } from "./helpers/demo";

test("an organiser signs in with the emailed link, resends an undeliverable email, exports attendees and checks one in", async ({ page }) => {
  const conference = await db.conference.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
  const failed = await db.emailOutbox.create({
    data: {
      kind: "manage-link",
      toAddress: "bounced@example.org",
      // A failed mail keeps its content (for 30 days) so that it can be sent again.
      payload: { attendeeName: "Bruno Bounce" },
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
    await openMailbox(page);
    await page.locator("tr", { hasText: DEMO_ORGANISERS.bismitOwner }).filter({ hasText: "Anmeldelink" }).first().getByRole("link").click({ timeout: 1000 });
    link = /https?:\/\/\S+\/api\/auth\/callback\/email\?\S+/.exec((await page.getByTestId("mail-text").textContent()) ?? "")?.[0] ?? "";
    expect(link).not.toBe("");
  }).toPass({ timeout: 60_000 }); // the sender polls; a busy machine can take a while

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

  // Attendee list, CSV export for Excel, check-in at the door.
  const email = `checkin-${Date.now()}@example.org`;
  const session = await db.session.findFirstOrThrow({ where: { conferenceId: conference.id, title: { startsWith: "Jugendbeteiligung konkret" } } });
  const registered = await page.request.post(`/api/conferences/${DEMO_SLUG}/registrations`, {
    data: { name: "Karla Kühn", email, consent: true, organisation: "Stadt Leuna", answers: { role: "kommune" }, sessionIds: [session.id] },
  });
  expect(registered.status()).toBe(201);
  const { id: registrationId } = await registered.json();
  const { checkInCode } = await db.registration.findUniqueOrThrow({ where: { id: registrationId } });

  // Other browser tests create conferences meanwhile: pick the demo conference's card.
  await page.locator("section", { has: page.getByRole("heading", { name: conference.title }) }).getByRole("link", { name: "Teilnehmende" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Teilnehmende: Mitteldeutsche Bildungskonferenz");
  await page.getByLabel("Suche (Name, E-Mail, Organisation, Code)").fill("Kühn");
  await page.getByRole("button", { name: "Filtern" }).click();
  await expect(page.getByTestId("attendees")).toContainText("Karla Kühn");
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/screens/attendees-de.png", fullPage: true });
  const csvHref = await page.getByRole("link", { name: "CSV für Excel" }).getAttribute("href");
  const csv = await page.request.get(csvHref!);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const csvText = (await csv.body()).toString("utf8");
  expect(csvText.startsWith("\uFEFF\"Name\";\"E-Mail\"")).toBe(true);
  expect(csvText).toContain('"Karla Kühn"');
  // Answers as their labels, the status translated (the stored key only in the technical export).
  expect(csvText).toContain('"Kommunalverwaltung"');
  expect(csvText).not.toContain('"kommune"');
  expect(csvText).toContain('"bestätigt"');
  expect(csvText).toContain("In welchem Bereich arbeiten Sie?");

  await page.getByRole("link", { name: "Check-in" }).click();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByLabel("Check-in-Code").fill(checkInCode.toLowerCase());
  await page.getByRole("button", { name: "Einchecken" }).click();
  await expect(page.getByRole("status")).toContainText("Willkommen, Karla Kühn!");
  await expect(page.getByTestId("check-in-counts")).toContainText(/\d+ von \d+ bestätigten Teilnehmenden sind da/);
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/screens/check-in-phone.png", fullPage: true });
  expect((await db.registration.findUniqueOrThrow({ where: { id: registrationId } })).checkedInAt).not.toBeNull();

  // The link was used once; it does not sign in again.
  await page.context().clearCookies();
  await page.goto(link);
  await expect(page).toHaveURL(/\/signin\?error=/);
});
