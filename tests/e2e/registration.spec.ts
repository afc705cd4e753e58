import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./helpers/a11y";
import { openMail } from "./helpers/mailbox";
import { DEMO_SLUG } from "./helpers/demo";

test.describe("attendee registration in the browser", () => {
  test("German: register with sessions, get the email, change sessions, cancel", async ({ page }) => {
    test.setTimeout(120_000); // three mails awaited from the sender and five pages: over 60 s on a busy machine
    const email = `e2e-${randomUUID().slice(0, 8)}@example.org`;
    await page.goto(`/conferences/${DEMO_SLUG}`);
    await page.getByRole("link", { name: "Jetzt anmelden" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: /^Anmeldung zur Mitteldeutschen Bildungskonferenz/ })).toBeVisible();
    await expectAccessible(page);

    // Submitting empty shows inline messages in German.
    await page.getByRole("button", { name: "Verbindlich anmelden" }).click();
    await expect(page.getByRole("alert").first()).toContainText("Die Anmeldung konnte nicht abgeschlossen werden");
    await expect(page.locator("#field-email-error")).toContainText("Bitte füllen Sie dieses Feld aus.");
    await expect(page.locator("#field-consent-error")).toContainText("Datenschutzhinweise");
    await expect(page.locator("#field-answers-role-error")).toContainText("Bitte füllen Sie dieses Feld aus.");

    await page.getByLabel("Vor- und Nachname").fill("Zoë Ağaoğlu-O'Brien");
    await page.getByLabel("E-Mail-Adresse").fill(email);
    await page.getByLabel("Organisation").fill("Landkreis Saalekreis");
    await page.getByRole("radio", { name: "Kommunalverwaltung" }).check();
    // A session at the same time as a chosen one cannot be ticked; the server refuses overlaps too (tests/integration).
    await page.getByRole("checkbox", { name: /Berufsorientierung, die ankommt/ }).check();
    await expect(page.getByRole("checkbox", { name: /Bildungsmonitoring für die berufsbezogene Weiterbildung/ })).toBeDisabled();
    await page.getByRole("checkbox", { name: /Ich habe die Datenschutzhinweise gelesen/ }).check();
    await page.getByRole("checkbox", { name: /Fachkräftesicherung in der Region/ }).check();
    await page.getByRole("button", { name: "Verbindlich anmelden" }).click();

    // The confirmation is the manage page.
    await expect(page).toHaveURL(/\/manage\/[A-Za-z0-9_-]{43}\?welcome=1$/);
    await expect(page.getByTestId("registration-result")).toContainText("Vielen Dank für Ihre Anmeldung!");
    await expect(page.getByTestId("confirmation")).toContainText("Ihre Anmeldung ist bestätigt.");
    await expect(page.getByTestId("agenda")).toContainText("Berufsorientierung, die ankommt");
    await page.screenshot({ path: "test-results/screens/registration-done-de.png", fullPage: true });

    const text = await openMail(page, email, /Anmeldung bestätigt/);
    expect(text).toContain("Zoë Ağaoğlu-O'Brien");
    expect(text).toContain("Berufsorientierung, die ankommt");
    expect(text).toMatch(/Check-in-Code/);
    await expect(page.locator("dd", { hasText: "invite.ics" })).toBeVisible();
    const manageUrl = /https?:\/\/\S+\/manage\/[A-Za-z0-9_-]{43}/.exec(text)?.[0];
    expect(manageUrl).toBeTruthy();

    await page.goto(new URL(manageUrl!).pathname);
    await expect(page.getByRole("heading", { name: "Ihre Anmeldung" })).toBeVisible();
    await expect(page.getByTestId("agenda")).toContainText("Berufsorientierung, die ankommt");
    await expectAccessible(page);
    await page.screenshot({ path: "test-results/screens/manage-de.png", fullPage: true });

    // The emailed calendar address has its own read-only token: it serves the feed, not the manage page.
    const feedPath = /webcal:\/\/[^/\s]+(\/api\/agenda\/([A-Za-z0-9_-]{43})\/calendar\.ics)/.exec(text);
    expect(feedPath).toBeTruthy();
    expect((await page.request.get(feedPath![1])).status()).toBe(200);
    expect(feedPath![2]).not.toBe(new URL(manageUrl!).pathname.split("/").pop());
    expect((await page.request.get(`/api/registrations/${feedPath![2]}`)).status()).toBe(404);
    // A new calendar address from the manage page; the emailed one stops working.
    await page.getByRole("button", { name: "Neuen Kalender-Link erzeugen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Ihr neuer Kalender-Link ist bereit." })).toBeVisible();
    await expect(page.getByRole("link", { name: "Kalender abonnieren" })).toHaveAttribute("href", /^webcal:\/\//);
    const freshFeed = new URL(await page.getByTestId("feed-url").inputValue()).pathname;
    expect((await page.request.get(freshFeed)).status()).toBe(200);
    expect((await page.request.get(feedPath![1])).status()).toBe(404);
    await expectAccessible(page);
    await page.getByRole("heading", { name: "Ihre persönlichen Links" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test-results/screens/manage-links-de.png" });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "test-results/screens/manage-links-de-phone.png", fullPage: true });
    await page.setViewportSize({ width: 1280, height: 720 });

    // Change sessions: drop one, add another.
    await page.getByRole("checkbox", { name: /Fachkräftesicherung in der Region/ }).uncheck();
    await page.getByRole("checkbox", { name: /Jugendbeteiligung: Was junge Menschen/ }).check();
    await page.getByRole("button", { name: "Änderungen speichern" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Ihre Änderungen sind gespeichert." }).first()).toBeVisible();
    await expect(page.getByTestId("agenda")).toContainText("Jugendbeteiligung: Was junge Menschen");
    await expect(page.getByTestId("agenda")).not.toContainText("Fachkräftesicherung in der Region");

    // Correct details and answers.
    await page.locator("#details-organisation").fill("Stadt Halle (Saale)");
    await page.getByRole("radio", { name: "Schule oder Bildungseinrichtung" }).check();
    await page.getByRole("button", { name: "Angaben speichern" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Ihre Änderungen sind gespeichert." }).last()).toBeVisible();
    await expect(page.locator("dd", { hasText: "Stadt Halle (Saale)" })).toBeVisible();

    // Cancel, with a confirmation step.
    await page.getByRole("button", { name: "Anmeldung stornieren" }).click();
    await page.getByRole("button", { name: "Ja, Anmeldung verbindlich stornieren" }).click();
    await expect(page.getByText("Diese Anmeldung wurde storniert.")).toBeVisible();
    const cancelText = await openMail(page, email, /Anmeldung storniert/);
    expect(cancelText).toContain("storniert");
    await expect(page.locator("dd", { hasText: "cancel.ics" })).toBeVisible();
  });

  test("English: register, register again with the same address, and request the link again", async ({ page }) => {
    const email = `e2e-en-${randomUUID().slice(0, 8)}@example.org`;
    await page.goto(`/en/conferences/${DEMO_SLUG}/register`);
    await expect(page.getByRole("heading", { level: 1, name: /^Registration for Central German Education Conference/ })).toBeVisible();
    await page.getByLabel("Full name").fill("Jörg Wagner");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("radio", { name: "Business or chamber" }).check();
    await page.getByRole("checkbox", { name: /Lifelong learning across borders/ }).check();
    await page.getByRole("checkbox", { name: /I have read the privacy notice/ }).check();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Register" }).click();
    await expect(page.getByTestId("confirmation")).toContainText("Your registration is confirmed.");
    const text = await openMail(page, email, /Registration confirmed/, "en");
    expect(text).toContain("Dear Jörg Wagner");

    // Registering again with the same address: no second registration, the link is emailed.
    await page.goto(`/en/conferences/${DEMO_SLUG}/register`);
    await page.getByLabel("Full name").fill("Jörg Wagner");
    await page.getByLabel("Email address").fill(email.toUpperCase());
    await page.getByRole("radio", { name: "Business or chamber" }).check();
    await page.getByRole("checkbox", { name: /I have read the privacy notice/ }).check();
    await page.getByRole("button", { name: "Register" }).click();
    await expect(page.getByTestId("registration-result")).toContainText("You are already registered");
    await openMail(page, email, /Your personal link/, "en");

    await page.goto("/en/manage-link");
    await page.getByLabel("Email address").fill(`${randomUUID().slice(0, 8)}@example.org`);
    await page.getByRole("button", { name: "Send link" }).click();
    await expect(page.getByRole("status")).toContainText("If this address is registered");
  });
});
