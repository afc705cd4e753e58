import "./helpers/database";
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { db } from "../../lib/db";
import { expectAccessible } from "./helpers/a11y";
import { DEMO_ORGANISERS, DEMO_SLUG } from "./helpers/demo";
import { E2E_BASE_URL } from "./helpers/server";
import { apiAs, signedInPage } from "./helpers/session";

/**
 * Issue 17 in the browser: a host's owner creates an API token (shown once), an integration uses
 * it, the owner sees its last use and revokes it; the API reference at /api/docs renders from the
 * OpenAPI document without a single third-party request. Screenshots phone + desktop, de + en.
 */

const SHOTS = "/work/shots/api";
const DOC_SHOTS = "/work/shots/api-docs";
const SIZES = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } } as const;

/** Full-page screenshots at phone and desktop size; on the phone nothing may stick out sideways. */
async function shoot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const [size, viewport] of Object.entries(SIZES)) {
    await page.setViewportSize(viewport);
    const wider = await page.evaluate(() =>
      [...document.querySelectorAll("body *")]
        .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !e.closest(".table-wrap"))
        .slice(0, 5)
        .map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
    );
    expect(wider, `${name} at ${size}: elements wider than the screen`).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/${name}-${size}.png`, fullPage: true });
  }
  await page.setViewportSize(SIZES.desktop);
}

/** Every request the page makes stays on our own origin (no CDN, fonts or scripts from elsewhere). */
function watchOrigins(page: Page): string[] {
  const foreign: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.origin !== E2E_BASE_URL && url.protocol !== "data:") foreign.push(r.url());
  });
  return foreign;
}

test("an owner creates a token (shown once), an integration uses it, the page shows its last use, revoking stops it", async ({ browser }) => {
  const bismit = await db.host.findFirstOrThrow({ where: { shortName: "BiSMit" } });
  const conference = await db.conference.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
  for (const locale of ["de", "en"] as const) {
    const page = await signedInPage(browser, DEMO_ORGANISERS.bismitOwner, { locale: locale === "en" ? "en-GB" : "de-DE" });
    const prefix = locale === "en" ? "/en" : "";
    const foreign = watchOrigins(page);
    await page.goto(`${prefix}/organiser/admin/hosts/${bismit.id}`);
    await page.getByRole("link", { name: locale === "en" ? "Manage API tokens" : "API-Token verwalten" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(locale === "en" ? "API tokens of BiSMit" : "API-Token von BiSMit");
    await expectAccessible(page);

    const name = locale === "en" ? "Newsletter sync" : "Newsletter-Abgleich";
    await page.getByLabel(locale === "en" ? "Name" : "Bezeichnung").fill(name);
    await page.getByLabel(locale === "en" ? "Read and write" : "Lesen und Schreiben", { exact: false }).check();
    await page.getByRole("checkbox", { name: conference.title }).check();
    await page.getByRole("button", { name: locale === "en" ? "Create token" : "Token anlegen" }).click();
    const shown = page.getByTestId("new-token");
    await expect(shown).toBeVisible();
    const secret = (await shown.locator("code").textContent())!.trim();
    expect(secret).toMatch(/^tgk_[A-Za-z0-9_-]{43}$/);
    await expect(page.getByRole("status")).toContainText(name);
    await expectAccessible(page);
    await shoot(page, `api-tokens-created-${locale}`);

    // The integration: Authorization header only.
    const api = await apiAs(null);
    const listed = await api.get(`/api/organiser/conferences/${conference.id}/registrations?limit=5`, { headers: { authorization: `Bearer ${secret}` } });
    expect(listed.status()).toBe(200);
    expect((await listed.json()).total).toBe(await db.registration.count({ where: { conferenceId: conference.id } }));
    expect((await api.get(`/api/organiser/conferences/${conference.id}/registrations?access_token=${secret}`)).status()).toBe(401);

    // Shown once: after a reload only the name and prefix remain; the last use is there.
    await page.reload();
    await expect(page.getByTestId("new-token")).toHaveCount(0);
    expect(await page.content()).not.toContain(secret);
    const row = page.getByTestId("api-tokens").locator("li", { hasText: name });
    await expect(row).toContainText(secret.slice(0, 10));
    await expect(row).not.toContainText(locale === "en" ? "never" : "noch nie");
    await expectAccessible(page);
    await shoot(page, `api-tokens-list-${locale}`);

    await row.getByRole("button", { name: new RegExp(locale === "en" ? "Revoke" : "Widerrufen") }).click();
    await expect(page.getByRole("status")).toContainText(name);
    expect((await api.get(`/api/organiser/conferences/${conference.id}/registrations`, { headers: { authorization: `Bearer ${secret}` } })).status()).toBe(401);
    await api.dispose();
    expect(foreign).toEqual([]);
    await page.context().close();
  }
});

test("the organiser API also answers to a signed-in organiser's session cookie, with the pages' permissions", async () => {
  const conference = await db.conference.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
  const cases = [
    { who: null, status: 401 },
    { who: DEMO_ORGANISERS.bismitViewer, status: 200 },
    { who: DEMO_ORGANISERS.bismitOwner, status: 200 },
  ];
  for (const c of cases) {
    const api = await apiAs(c.who);
    for (const path of [`/api/organiser/conferences/${conference.id}/registrations`, `/api/organiser/conferences/${conference.id}/sessions`]) {
      const response = await api.get(path);
      expect(response.status(), `${path} as ${c.who ?? "anonymous"}`).toBe(c.status);
    }
    await api.dispose();
  }
});

test("/api/docs answers with the API reference, drawn from the OpenAPI document, no third-party requests", async ({ browser }) => {
  test.setTimeout(180_000); // a long page: axe takes its time on a busy machine
  const doc = await (await (await apiAs(null)).get("/api/openapi.json")).json();
  const operations = Object.values(doc.paths as Record<string, object>).reduce<number>((n, item) => n + Object.keys(item).length, 0);
  const webhooks = Object.keys(doc.webhooks as Record<string, object>);
  expect(webhooks.length).toBeGreaterThan(0);
  for (const locale of ["de", "en"] as const) {
    const context = await browser.newContext({ baseURL: E2E_BASE_URL, locale: locale === "en" ? "en-GB" : "de-DE" });
    const page = await context.newPage();
    const foreign = watchOrigins(page);
    const response = await page.goto("/api/docs");
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe(locale === "en" ? "/en/docs/api" : "/docs/api");
    expect(response?.headers()["content-security-policy"]).toContain("'strict-dynamic'");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(locale === "en" ? "API reference" : "API-Referenz");
    await expect(page.locator("article.api-operation")).toHaveCount(operations + webhooks.length);
    await expect(page.locator("#op-listRegistrations")).toContainText("/api/organiser/conferences/{id}/registrations");
    await expect(page.locator("#schema-RegistrationQuestion")).toBeVisible();
    await expectAccessible(page);
    await shoot(page, `api-docs-${locale}`);
    // One endpoint opened: its parameters, fields and answers.
    const operation = page.locator("#op-listRegistrations");
    await operation.getByText(locale === "en" ? "Parameters, body and responses" : "Parameter, Inhalt und Antworten").click();
    await expect(operation.locator("code.api-field-name", { hasText: "updatedSince" })).toBeVisible();
    await expect(operation.getByText("422")).toBeVisible();
    await expectAccessible(page);
    for (const [size, viewport] of Object.entries(SIZES)) {
      await page.setViewportSize(viewport);
      await operation.screenshot({ path: `${SHOTS}/api-docs-operation-${locale}-${size}.png` });
    }
    // The webhooks: a section of their own, one card per event type, in the contents too; one opened.
    const section = page.locator("#api-webhooks");
    await expect(section.getByRole("heading", { level: 2 })).toHaveText("Webhooks");
    await expect(section.locator("article.api-operation")).toHaveCount(webhooks.length);
    await expect(page.getByRole("navigation").locator('a[href="#webhook-checkin-created"]')).toBeVisible();
    const hook = page.locator("#webhook-registration-created");
    await expect(hook).toContainText("registration.created");
    await hook.getByText(locale === "en" ? "Headers, body and answer" : "Kopfzeilen, Inhalt und Antwort").click();
    await expect(hook.locator("code.api-field-name", { hasText: "webhook-signature" })).toBeVisible();
    await expect(hook.locator(".api-status", { hasText: "2XX" })).toBeVisible();
    await expect(hook.getByText(locale === "en" ? "other" : "sonst", { exact: true })).toBeVisible();
    await expectAccessible(page);
    fs.mkdirSync(DOC_SHOTS, { recursive: true });
    for (const [size, viewport] of Object.entries(SIZES)) {
      await page.setViewportSize(viewport);
      const wider = await section.evaluate((root) => [...root.querySelectorAll("*")].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map((e) => e.tagName.toLowerCase()));
      expect(wider, `webhooks at ${size}: elements wider than the screen`).toEqual([]);
      await section.screenshot({ path: `${DOC_SHOTS}/webhooks-${locale}-${size}.png` });
      await hook.screenshot({ path: `${DOC_SHOTS}/webhook-card-${locale}-${size}.png` });
    }
    expect(foreign).toEqual([]);
    await context.close();
  }
});
