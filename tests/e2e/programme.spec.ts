/**
 * Issue 14 §3 and §4 in the browser: the programme's search and filters (in the URL), speaker
 * pages, registering from a session, the printed programme, English content with the German
 * fallback marked, the offer of the English site, and "Meine Sessions".
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { PDFDocument } from "pdf-lib";
import { expectAccessible } from "./helpers/a11y";
import { DEMO_SLUG } from "./helpers/demo";
import { E2E_BASE_URL } from "./helpers/server";

const SHOTS = process.env.SHOTS_DIR ?? "test-results/screens/programme";
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const programme = `/conferences/${DEMO_SLUG}`;

async function shot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

const cards = (page: Page) => page.locator(".programme .session-card");
/** Other browser tests add sessions and speakers to the demo before these run: count, never assume. */
const workshopCount = async (page: Page) => (await page.locator(".programme .session-card__format").allTextContents()).filter((f) => f === "Workshop").length;

test.describe("the programme", () => {
  test.use({ viewport: DESKTOP });

  test("filters and search apply at once, announce the count and live in the URL", async ({ page }) => {
    await page.goto(programme);
    const status = page.getByRole("status").filter({ hasText: "Programmpunkt" });
    await expect(cards(page).first()).toBeVisible();
    const total = await cards(page).count();
    const workshops = await workshopCount(page);
    expect(total).toBeGreaterThanOrEqual(15);
    await expect(status).toHaveText(`${total} Programmpunkte`);

    await page.getByLabel("Format", { exact: true }).selectOption({ label: "Workshop" });
    await expect(status).toHaveText(`${workshops} von ${total} Programmpunkten passen zur Auswahl`);
    await expect(cards(page)).toHaveCount(workshops);
    for (const format of await page.locator(".programme .session-card__format").allTextContents()) expect(format).toBe("Workshop");
    await expect(page).toHaveURL(/\?format=workshop$/);

    await page.getByLabel("Suche", { exact: true }).fill("jugend");
    await expect(cards(page)).toHaveCount(1);
    await expect(cards(page)).toContainText("Jugendbeteiligung konkret");
    await expect(page).toHaveURL(/\?q=jugend&format=workshop$/);

    // The shared address shows the same view straight away, the controls included.
    await page.goto(`${programme}?q=jugend&format=workshop`);
    await expect(cards(page)).toHaveCount(1);
    await expect(page.getByLabel("Format", { exact: true })).toHaveValue("workshop");
    await expect(page.getByLabel("Suche", { exact: true })).toHaveValue("jugend");
    await expectAccessible(page);

    await page.getByRole("button", { name: "Filter zurücksetzen" }).click();
    await expect(cards(page)).toHaveCount(total);
    await expect(page).toHaveURL(new RegExp(`${programme}$`));

    // Day, host, language and free seats.
    await page.getByLabel("Tag", { exact: true }).selectOption({ index: 2 });
    await expect(page).toHaveURL(/\?day=\d{4}-\d{2}-\d{2}$/);
    await expect(page.locator(".programme-day")).toHaveCount(1);
    await page.getByLabel("Verantwortlich", { exact: true }).selectOption({ label: "EMMD – Europäische Metropolregion Mitteldeutschland" });
    for (const host of await page.locator(".programme .session-card__host abbr").allTextContents()) expect(host).toBe("EMMD");
    await page.getByLabel("Sprache", { exact: true }).selectOption({ label: "Englisch" });
    await expect(cards(page)).toHaveCount(1);
    await expect(cards(page)).toContainText("Lifelong learning across borders");
    await page.getByLabel("Sprache", { exact: true }).selectOption({ label: "Deutsch" });
    await page.getByLabel("Verantwortlich", { exact: true }).selectOption({ index: 0 });
    await page.getByLabel("Tag", { exact: true }).selectOption({ index: 0 });
    await page.getByRole("checkbox", { name: "Nur mit freien Plätzen" }).check();
    await expect(page).toHaveURL(/language=de&free=1$/);
    await expect(page.locator(".programme .session-card--break")).toHaveCount(0);

    await page.getByLabel("Suche", { exact: true }).fill("gibt es nicht");
    await expect(status).toHaveText(`0 von ${total} Programmpunkten passen zur Auswahl`);
    await expect(page.getByText("Kein Programmpunkt passt zu dieser Auswahl.")).toBeVisible();
  });

  test("speakers have pages with their sessions, linked from cards and sessions", async ({ page }) => {
    await page.goto(programme);
    await cards(page).filter({ hasText: "Regional denken" }).getByRole("link", { name: "Siobhán O'Brien" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Siobhán O'Brien");
    await expect(page.getByText("Europäische Metropolregion Mitteldeutschland").first()).toBeVisible();
    const theirs = page.locator(".speaker-sessions .session-card");
    await expect(theirs).toHaveCount(4);
    await expect(theirs.first()).toContainText("Fachkräfte sichern");
    await expectAccessible(page);
    await shot(page, "speaker-de-desktop");
    const speakerPath = new URL(page.url()).pathname;
    await page.setViewportSize(PHONE);
    await shot(page, "speaker-de-phone");
    await page.goto(`/en${speakerPath}`);
    await expect(page.locator(".speaker-sessions .session-card")).toHaveCount(4);
    await shot(page, "speaker-en-phone");
    await page.setViewportSize(DESKTOP);
    await shot(page, "speaker-en-desktop");
    await page.goto(speakerPath);

    await page.getByRole("link", { name: /Alle Mitwirkenden/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Mitwirkende");
    expect(await page.locator(".speaker-index li").count()).toBeGreaterThanOrEqual(6);
    await expect(page.locator(".speaker-index").getByRole("link", { name: "Siobhán O'Brien" })).toBeVisible();
    await expectAccessible(page);

    await page.goto(programme);
    await page.getByRole("link", { name: "Keynote: Bildung als Standortfaktor im Strukturwandel" }).click();
    await page.getByRole("link", { name: "Prof. Zoë Fischer" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Prof. Zoë Fischer");
    expect((await page.request.get(`${programme}/speakers/unknown-speaker`)).status()).toBe(404);
  });

  test("\"Jetzt anmelden\" on a session's page opens the form with that session chosen", async ({ page }) => {
    await page.goto(programme);
    await page.getByRole("link", { name: "Berufsorientierung, die ankommt: Praxisbeispiele aus Schulen" }).click();
    await expect(page).toHaveURL(/\/sessions\/[^/]+$/);
    const sessionId = page.url().split("/").pop()!;
    await expect(page.getByText("Dieser Programmpunkt ist im Anmeldeformular schon ausgewählt.")).toBeVisible();
    await page.locator(".session-detail").getByRole("link", { name: "Jetzt anmelden" }).click();
    await expect(page).toHaveURL(new RegExp(`/register\\?session=${sessionId}$`));
    await expect(page.getByRole("checkbox", { name: /Berufsorientierung, die ankommt/ })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: /Bildungsmonitoring für die berufsbezogene Weiterbildung/ })).not.toBeChecked();
  });

  test("the venue has plain links to OpenStreetMap, no embedded map", async ({ page }) => {
    await page.goto(programme);
    const map = page.getByRole("link", { name: "Auf der Karte ansehen (OpenStreetMap)" });
    await expect(map).toHaveAttribute("href", "https://www.openstreetmap.org/search?query=Oberaltenburg%201%2C%2006217%20Merseburg");
    await expect(page.getByRole("link", { name: "Route planen (OpenStreetMap)" })).toHaveAttribute("href", /^https:\/\/www\.openstreetmap\.org\/directions\?to=/);
    await expect(page.locator("iframe")).toHaveCount(0);
  });

  test("printed, the programme is a compact table per day on one or two A4 pages", async ({ page }) => {
    await page.goto(programme);
    // On screen the header links the organisers' area; printed, it must be gone (checked in the PDF's text below).
    await expect(page.getByRole("link", { name: "Für Veranstaltende" }).first()).toBeVisible();
    await page.emulateMedia({ media: "print" });
    for (const chrome of [".site-header", ".site-footer", ".hero", ".programme-filters", ".calendar-card", ".conference-layout", ".programme"]) {
      await expect(page.locator(chrome).first(), chrome).toBeHidden();
    }
    const tables = page.locator(".programme-print table");
    await expect(tables).toHaveCount(2);
    // Every session of the programme is a row.
    await expect(page.locator(".programme-print tbody tr")).toHaveCount(await cards(page).count());
    await expect(page.getByRole("link", { name: "Jetzt anmelden" }).first()).toBeHidden();

    const pdf = await page.pdf({ format: "A4", printBackground: false });
    const pages = (await PDFDocument.load(pdf)).getPageCount();
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    fs.mkdirSync(SHOTS, { recursive: true });
    const file = path.join(SHOTS, "programme-print.pdf");
    fs.writeFileSync(file, pdf);
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    expect(text).toContain("Berufsorientierung, die ankommt");
    expect(text).toContain("Siobhán O'Brien");
    for (const chrome of ["Jetzt anmelden", "Für Veranstaltende", "Gesamtprogramm im Kalender", "Datenschutz"]) expect(text, chrome).not.toContain(chrome);
    execFileSync("pdftoppm", ["-png", "-r", "60", file, path.join(SHOTS, "programme-print")]);

    // The English programme prints the same way, in English.
    await page.goto(`/en${programme}`);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".programme-print table")).toHaveCount(2);
    const englishFile = path.join(SHOTS, "programme-print-en.pdf");
    fs.writeFileSync(englishFile, await page.pdf({ format: "A4", printBackground: false }));
    const english = execFileSync("pdftotext", ["-layout", englishFile, "-"], { encoding: "utf8" });
    expect(english).toContain("Career guidance that works");
    for (const chrome of ["Register now", "For organisers", "Privacy"]) expect(english, chrome).not.toContain(chrome);
    execFileSync("pdftoppm", ["-png", "-r", "60", englishFile, path.join(SHOTS, "programme-print-en")]);
    await page.emulateMedia({ media: "screen" });

    // A filtered view prints only what is shown.
    await page.emulateMedia({ media: "screen" });
    await page.goto(`${programme}?format=workshop`);
    await expect(cards(page).first()).toBeVisible();
    const workshops = await cards(page).count();
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".programme-print tbody tr")).toHaveCount(workshops);
  });
});

test.describe("page weight (issue 15)", () => {
  /** The demo seed's public sessions (prisma/seed.ts); other browser tests add sessions before this one may run. */
  const DEMO_SESSIONS = 15;
  /** What one more session may add: its card (~1 KB of HTML) and its packed data (~0.4 KB). */
  const PER_EXTRA_SESSION = 1_500;

  test("the conference page is at most 60 KB of HTML, sends each session once, and has its seat counts in the HTML", async ({ request }) => {
    for (const path of [programme, `/en${programme}`]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const html = await response.text();
      const ids = [...html.matchAll(/<h4 class="session-card__title"[^>]*><a href="[^"]*\/sessions\/([^"/]+)"/g)].map((m) => m[1]);
      expect(ids.length, path).toBeGreaterThanOrEqual(DEMO_SESSIONS);
      // Once: not a fallback plus a streamed copy, nor a second table for printing.
      expect(new Set(ids).size, path).toBe(ids.length);
      expect(html.split('class="session-card ').length - 1, path).toBe(ids.length);
      expect(html, path).not.toContain("programme-print__day");
      // Seat counts are part of the HTML: nothing moves when the page comes alive.
      expect(html, path).toMatch(path.startsWith("/en") ? /\d+ places? left/ : /Noch \d+ Pl(a|ä)tze? frei/);
      const budget = 60_000 + PER_EXTRA_SESSION * (ids.length - DEMO_SESSIONS);
      expect(Buffer.byteLength(html), `${path} with ${ids.length} sessions`).toBeLessThanOrEqual(budget);
    }
  });
});

test.describe("English content", () => {
  test.use({ viewport: DESKTOP });

  test("the English site shows English texts and marks the German fallback lang=\"de\"", async ({ page }) => {
    await page.goto(`/en${programme}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Central German Education Conference \d{4}$/);
    await expect(page.getByText("Skilled workers of tomorrow: shaping education together")).toBeVisible();
    await expect(page.getByText("Main hall, ground floor, step-free")).toBeVisible();
    // A room without an English note shows the German one, marked as German.
    await expect(page.locator('[lang="de"]', { hasText: "Erdgeschoss, Seiteneingang" })).toBeVisible();

    const opening = cards(page).filter({ hasText: "Opening: Skilled workers of tomorrow" });
    await expect(opening.locator(".session-card__title")).not.toHaveAttribute("lang", /.*/);
    const keynote = cards(page).filter({ hasText: "Keynote: Bildung als Standortfaktor" });
    await expect(keynote.locator(".session-card__title")).toHaveAttribute("lang", "de");
    // Track names exist in German only: marked as German on the English page.
    await expect(page.locator(".programme .session-card__track").first().locator('[lang="de"]')).toHaveCount(1);
    // An English-language session's own title is English, not a fallback.
    await expect(cards(page).filter({ hasText: "Lifelong learning across borders" }).locator(".session-card__title")).not.toHaveAttribute("lang", /.*/);
    await expect(page.getByRole("status").filter({ hasText: "sessions" })).toHaveText(`${await cards(page).count()} sessions`);
    await expectAccessible(page);

    await keynote.getByRole("link", { name: /Keynote/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "de");
    await expect(page.getByText("in German only")).toBeVisible();
    await expect(page.getByRole("link", { name: "Calendar file (.ics)" })).toHaveAttribute("href", /calendar\.ics\?locale=en$/);
    await expectAccessible(page);

    const api = await (await page.request.get(`/api/conferences/${DEMO_SLUG}?locale=en`)).json();
    expect(api.title).toMatch(/^Central German Education Conference/);
    expect(api.sessions.find((s: { title: string }) => s.title.startsWith("Keynote"))).toMatchObject({ titleLang: "de" });
  });

  test("a browser preferring English is offered the English site on /, without a redirect, and can dismiss it", async ({ browser }) => {
    const context = await browser.newContext({ baseURL: E2E_BASE_URL, locale: "en-GB", viewport: DESKTOP });
    const page = await context.newPage();
    const response = await page.goto(programme);
    expect(response?.url()).toBe(`${E2E_BASE_URL}${programme}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    const offer = page.getByRole("complementary", { name: "This page is also available in English." });
    await expect(offer).toBeVisible();
    await expect(offer).toHaveAttribute("lang", "en");
    await expectAccessible(page);
    await shot(page, "english-offer-desktop");
    await page.setViewportSize(PHONE);
    await shot(page, "english-offer-phone");
    await page.setViewportSize(DESKTOP);
    await offer.getByRole("link", { name: "Read it in English" }).click();
    await expect(page).toHaveURL(`${E2E_BASE_URL}/en${programme}`);

    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Konferenzen und Veranstaltungen");
    await expect(offer).toBeHidden(); // following the link dismissed it
    await page.evaluate(() => window.localStorage.clear());
    await page.reload();
    await expect(offer).toBeVisible();
    await offer.getByRole("button", { name: "Dismiss" }).click();
    await expect(offer).toBeHidden();
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(offer).toBeHidden();
    await context.close();

    // German browsers (the default context) see no offer.
    const german = await browser.newPage({ baseURL: E2E_BASE_URL, locale: "de-DE" });
    await german.goto("/");
    await expect(german.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(german.locator(".english-offer")).toHaveCount(0);
    await german.close();
  });
});

test.describe("Meine Sessions", () => {
  test.use({ viewport: DESKTOP });

  test("someone who opened their manage link sees their sessions marked on the programme, and can forget it", async ({ page }) => {
    // The session ids as the programme links them.
    await page.goto(programme);
    await expect(cards(page).first()).toBeVisible();
    const total = await cards(page).count();
    const idOf = async (title: string) => (await page.getByRole("link", { name: title }).getAttribute("href"))!.split("/").pop()!;
    const chosen = [await idOf("Berufsorientierung, die ankommt: Praxisbeispiele aus Schulen"), await idOf("Fachkräftesicherung in der Region: Zahlen, Trends, Handlungsfelder")];
    const response = await page.request.post(`/api/conferences/${DEMO_SLUG}/registrations`, {
      data: { name: "Mia Muster", email: `e2e-${randomUUID().slice(0, 8)}@example.org`, consent: true, sessionIds: chosen, answers: { role: "schule" }, locale: "de" },
    });
    expect(response.status()).toBe(201);
    const { manageUrl } = await response.json();

    // Before: nothing marked, no "only mine" filter.
    await expect(page.locator(".session-card--mine")).toHaveCount(0);
    await expect(page.getByRole("checkbox", { name: "Nur meine Sessions" })).toHaveCount(0);

    await page.goto(new URL(manageUrl).pathname);
    await expect(page.getByText("Ihre gewählten Programmpunkte sind im Programm dieser Konferenz")).toBeVisible();
    // Only session ids are stored, never the manage token. Stored once the page is hydrated, a moment after the note shows.
    const readStorage = () => page.evaluate(() => JSON.stringify(window.localStorage));
    await expect.poll(readStorage).toContain(chosen[0]);
    const stored = await readStorage();
    expect(stored).not.toContain(new URL(manageUrl).pathname.split("/").pop());
    await page.getByRole("link", { name: "Im Programm ansehen" }).click();

    const mine = page.locator(".session-card--mine");
    await expect(mine).toHaveCount(2);
    await expect(mine.first()).toContainText("Meine Session");
    await page.getByRole("checkbox", { name: "Nur meine Sessions" }).check();
    await expect(cards(page)).toHaveCount(2);
    await expect(page).toHaveURL(new RegExp(`${programme}(#programme-heading)?$`)); // personal: not in the shared address
    await expectAccessible(page);
    await shot(page, "my-sessions-de-desktop");
    await page.setViewportSize(PHONE);
    await shot(page, "my-sessions-de-phone");
    // The marker lives in the browser, not the address: the English programme shows it too.
    await page.goto(`/en${programme}`);
    await expect(mine).toHaveCount(2);
    await expect(mine.first()).toContainText("My session");
    await page.getByRole("checkbox", { name: "Only my sessions" }).check();
    await expect(cards(page)).toHaveCount(2);
    await shot(page, "my-sessions-en-phone");
    await page.setViewportSize(DESKTOP);
    await shot(page, "my-sessions-en-desktop");
    await page.goto(programme);

    await page.getByRole("button", { name: "Markierung vergessen" }).click();
    await expect(mine).toHaveCount(0);
    await expect(cards(page)).toHaveCount(total);
    // The manage page respects it until asked again.
    await page.goto(new URL(manageUrl).pathname);
    await page.getByRole("button", { name: /Meine Programmpunkte im Programm markieren/ }).click();
    await page.goto(programme);
    await expect(mine).toHaveCount(2);
  });
});

test.describe("screenshots", () => {
  for (const [size, viewport] of Object.entries({ phone: PHONE, desktop: DESKTOP })) {
    for (const locale of ["de", "en"] as const) {
      test(`programme ${locale} ${size}`, async ({ page }) => {
        await page.setViewportSize(viewport);
        const prefix = locale === "en" ? "/en" : "";
        await page.goto(`${prefix}${programme}?format=workshop`);
        await expect(cards(page).first()).toBeVisible();
        // On a phone the host filter, whose names are the longest, takes a whole row instead of clipping "Alle Beteiligten".
        if (viewport === PHONE) expect((await page.locator("#pf-host").boundingBox())!.width).toBeGreaterThan(300);
        await shot(page, `programme-filtered-${locale}-${size}`);
        await page.goto(`${prefix}${programme}`);
        await shot(page, `programme-${locale}-${size}`);
        await page.getByRole("link", { name: /Keynote/ }).first().click();
        await expect(page).toHaveURL(/\/sessions\/[^/]+$/);
        await expect(page.getByRole("heading", { level: 1 })).toContainText("Keynote");
        await shot(page, `session-${locale}-${size}`);
        await page.goto(`${prefix}${programme}/speakers`);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await shot(page, `speakers-${locale}-${size}`);
      });
    }
  }
});
