import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./helpers/a11y";
import { DEMO_SLUG, PAST_SLUG } from "./helpers/demo";

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screens/${name}-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `test-results/screens/${name}-phone.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

test.describe("public pages", () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test("German: home → conference → session, times in Berlin time for a viewer in New York", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Konferenzen und Veranstaltungen");
    await expect(page.getByRole("heading", { name: "Kommende Veranstaltungen" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Vergangene Veranstaltungen" })).toBeVisible();
    await expectAccessible(page);
    await shoot(page, "home-de");

    await page.getByRole("link", { name: /Mitteldeutsche Bildungskonferenz 20(2[7-9]|[3-9]\d)/ }).click();
    await expect(page).toHaveURL(new RegExp(`/conferences/${DEMO_SLUG}$`));
    await expect(page.getByText("Demo-Inhalt: Diese Veranstaltung ist ein Beispiel")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Programm", exact: true })).toBeVisible();
    // The opening starts at 09:30 Berlin time; the browser runs in America/New_York.
    const opening = page.locator(".session-card", { hasText: "Eröffnung: Fachkräfte von morgen" });
    await expect(opening).toContainText("09:30–10:00");
    await expect(page.locator(".session-card", { hasText: "Weiterbildung im Betrieb" }).locator(".session-card__track")).toHaveText("Track: Fachkräfte & Weiterbildung");
    await expect(page.getByText("BiSMit (Veranstalter)")).toBeVisible();
    await expect(page.getByText("EMMD (Partner)")).toBeVisible();
    await expect(page.getByRole("link", { name: "Jetzt anmelden" }).first()).toBeVisible();
    await expectAccessible(page);
    await shoot(page, "conference-de");

    await page.getByRole("link", { name: /Fachkräfte sichern, nachhaltig wirtschaften/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Fachkräfte sichern");
    await expect(page.getByText("11:30–13:00")).toBeVisible();
    await expect(page.getByText("Europäische Metropolregion Mitteldeutschland").first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Kalenderdatei (.ics)" })).toBeVisible();
    await expectAccessible(page);
    await shoot(page, "session-de");
  });

  test("English: the language switch keeps the page, and the past edition is documented", async ({ page }) => {
    test.setTimeout(120_000); // six pages with axe and screenshots: over 60 s on a busy machine
    await page.goto(`/conferences/${DEMO_SLUG}`);
    await page.getByRole("link", { name: "English", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/en/conferences/${DEMO_SLUG}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { name: "Programme", exact: true })).toBeVisible();
    await expect(page.getByText("All times are local time at the venue")).toBeVisible();
    await expectAccessible(page);
    await shoot(page, "conference-en");

    await page.getByRole("link", { name: /Keynote: Bildung als Standortfaktor/ }).click();
    await expect(page.getByText("Back to the programme", { exact: false })).toBeVisible();
    await expect(page.getByText("10:00–11:00")).toBeVisible();
    await expectAccessible(page);
    await shoot(page, "session-en");

    await page.goto(`/en/conferences/${PAST_SLUG}`);
    await expect(page.getByText("This event has already taken place")).toBeVisible();
    await expect(page.getByText("Bildung! Motor für die Region im Wandel").first()).toBeVisible();
    await expect(page.locator(".session-card", { hasText: "Bildung, Strukturwandel und Fachkräftesicherung zusammendenken" })).toContainText("EMMD");
    await page.goto("/en");
    await expectAccessible(page);
    await shoot(page, "home-en");
  });

  test("unknown pages answer 404 with a helpful page", async ({ page }) => {
    const response = await page.goto("/conferences/gibt-es-nicht");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Seite nicht gefunden" })).toBeVisible();
  });
});
