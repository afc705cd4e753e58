import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { db } from "../../lib/db";
import { expectAccessible } from "./helpers/a11y";
import { DEMO_ORGANISERS, DEMO_SLUG, PAST_SLUG } from "./helpers/demo";
import { E2E_BASE_URL } from "./helpers/server";
import { signedInPage } from "./helpers/session";

const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;

async function registerByApi(page: Page, name: string, sessionIds: string[] = []) {
  const email = `privacy-${randomUUID().slice(0, 8)}@example.org`;
  const response = await page.request.post(`/api/conferences/${DEMO_SLUG}/registrations`, { data: { name, email, consent: true, answers: { role: "schule" }, sessionIds, locale: "de" } });
  expect(response.status()).toBe(201);
  const body = await response.json();
  return { email, id: body.id as string, token: String(body.manageUrl).split("/manage/")[1] };
}

async function shoot(browser: Browser, path: string, name: string, options: { email?: string } = {}) {
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    for (const locale of ["de", "en"] as const) {
      const page = options.email ? await signedInPage(browser, options.email, { locale: locale === "de" ? "de-DE" : "en-GB" }) : await (await browser.newContext({ baseURL: E2E_BASE_URL })).newPage();
      await page.setViewportSize(viewport);
      await page.goto(`${locale === "en" ? "/en" : ""}${path}`);
      await expectAccessible(page);
      await page.screenshot({ path: `test-results/screens/${name}-${size}-${locale}.png`, fullPage: true });
      await page.context().close();
    }
  }
}

test.describe("Datenschutz", () => {
  // Screenshots in two sizes and two languages, each checked with axe, take a while on a busy machine.
  test.describe.configure({ timeout: 240_000 });
  test("no page asks any other origin for anything (fonts, maps, analytics)", async ({ page }) => {
    const session = await db.session.findFirstOrThrow({ where: { conference: { slug: DEMO_SLUG }, status: "scheduled" }, select: { id: true } });
    const { token } = await registerByApi(page, "Nora Netz");
    const origin = new URL(E2E_BASE_URL).origin;
    const elsewhere: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.protocol === "data:" || url.protocol === "blob:") return;
      if (url.origin !== origin) elsewhere.push(`${page.url()} -> ${request.url()}`);
    });
    const pages = ["/", `/conferences/${DEMO_SLUG}`, `/conferences/${DEMO_SLUG}/sessions/${session.id}`, `/conferences/${DEMO_SLUG}/register`, `/manage/${token}`, "/privacy", `/privacy?conference=${DEMO_SLUG}`, "/impressum", "/signin", `/conferences/${PAST_SLUG}`];
    for (const path of pages) {
      for (const prefix of ["", "/en"]) {
        const response = await page.goto(`${prefix}${path}`, { waitUntil: "networkidle" });
        expect(response?.status(), path).toBeLessThan(400);
      }
    }
    expect(elsewhere).toEqual([]);
  });

  test("an attendee downloads their data, then erases it after confirming; the link stops working", async ({ page, browser }) => {
    const { token, email } = await registerByApi(page, "Erika Löschmann");
    await page.goto(`/manage/${token}`);
    const section = page.getByRole("region", { name: "Meine Daten" });
    const download = page.waitForEvent("download");
    await section.getByRole("link", { name: "Meine Daten herunterladen (JSON)" }).click();
    const file = await (await download).path();
    const data = JSON.parse(await (await import("node:fs/promises")).readFile(file, "utf8"));
    expect(data.registration).toMatchObject({ name: "Erika Löschmann", email });

    await section.getByRole("button", { name: "Meine Daten löschen" }).click();
    const erase = section.getByRole("button", { name: "Endgültig löschen" });
    await expect(erase).toBeDisabled();
    await expectAccessible(page);
    await page.setViewportSize(VIEWPORTS.phone);
    await section.screenshot({ path: "test-results/screens/privacy-erase-confirm-phone-de.png" });
    await page.setViewportSize(VIEWPORTS.desktop);
    await section.getByLabel(/Ja, ich möchte meine Anmeldung stornieren/).check();
    await erase.click();
    await expect(page.getByRole("heading", { level: 1, name: "Ihre Daten sind gelöscht" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Was bleibt – und warum" })).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: "test-results/screens/privacy-erased-desktop-de.png", fullPage: true });
    await page.goto(`/manage/${token}`);
    await expect(page.getByText(/nicht|ungültig/i).first()).toBeVisible();
    expect((await page.request.get(`/api/registrations/${token}/export`)).status()).toBe(404);
    await shoot(browser, "/manage/erased", "privacy-erased");
  });

  test("an organiser erases one attendee on request, with the reason in the change log", async ({ page, browser }) => {
    const name = `Olaf Antrag ${randomUUID().slice(0, 4)}`;
    const { id } = await registerByApi(page, name);
    const conference = await db.conference.findUniqueOrThrow({ where: { slug: DEMO_SLUG }, select: { id: true } });
    const owner = await signedInPage(browser, DEMO_ORGANISERS.bismitOwner);
    await owner.goto(`/organiser/conferences/${conference.id}/attendees?q=${encodeURIComponent(name)}`);
    const row = owner.getByRole("row", { name: new RegExp(name) });
    await row.getByRole("button", { name: `Daten löschen – ${name}` }).click();
    await row.getByRole("button", { name: "Endgültig löschen" }).click();
    await expect(row.getByRole("alert")).toContainText("Bitte nennen Sie einen Anlass");
    await row.getByLabel(/Anlass/).fill("Löschwunsch per E-Mail");
    await expectAccessible(owner);
    await owner.screenshot({ path: "test-results/screens/privacy-organiser-erase-desktop-de.png", fullPage: false });
    await row.getByRole("button", { name: "Endgültig löschen" }).click();
    await expect(owner.getByTestId("attendee-action-status")).toContainText("Die Daten wurden gelöscht");
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: id, action: "registration.erase" } });
    expect(audit.after).toMatchObject({ reason: "Löschwunsch per E-Mail" });
    expect((await db.registration.findUniqueOrThrow({ where: { id } })).name).toBe("");
    await owner.context().close();
  });

  test("the 2022 edition is anonymised at start and its attendee counts remain", async ({ browser }) => {
    const past = await db.conference.findUniqueOrThrow({ where: { slug: PAST_SLUG }, select: { id: true } });
    await expect.poll(async () => (await db.conference.findUniqueOrThrow({ where: { id: past.id } })).anonymisedAt, { timeout: 30_000 }).not.toBeNull();
    const owner = await signedInPage(browser, DEMO_ORGANISERS.bismitOwner);
    await owner.goto(`/organiser/conferences/${past.id}/attendees`);
    const counts = owner.getByTestId("attendee-counts");
    await expect(counts).toContainText("33");
    await expect(counts).toContainText("28");
    await expect(owner.getByText("Anonymisiert").first()).toBeVisible();
    await owner.context().close();
  });

  test("the platform admin fills the operator's details; they appear in the Impressum and the privacy notice", async ({ browser }) => {
    const admin = await signedInPage(browser, DEMO_ORGANISERS.admin);
    await admin.goto("/organiser/admin/operator");
    await admin.getByLabel("Name des Betreibers").fill("Bildungsnetz Mitteldeutschland e. V.");
    await admin.getByLabel("Anschrift", { exact: true }).fill("Musterstraße 1\n04109 Leipzig");
    await admin.getByLabel("E-Mail-Adresse").fill("kontakt@bildungsnetz.example");
    await admin.getByLabel("Datenschutzbeauftragte(r)").fill("Dr. Dana Schutz");
    await admin.getByLabel("E-Mail Datenschutz").fill("not-an-email");
    await admin.getByRole("button", { name: "Speichern" }).click();
    await expect(admin.getByText("Bitte prüfen Sie die markierten Felder.")).toBeVisible();
    await admin.getByLabel("E-Mail Datenschutz").fill("datenschutz@bildungsnetz.example");
    await admin.getByRole("button", { name: "Speichern" }).click();
    await expect(admin.getByText("Gespeichert.")).toBeVisible();
    await admin.context().close();
    await shoot(browser, "/organiser/admin/operator", "privacy-operator", { email: DEMO_ORGANISERS.admin });

    const viewer = await signedInPage(browser, DEMO_ORGANISERS.bismitViewer);
    expect((await viewer.goto("/organiser/admin/operator"))?.status()).toBe(404);
    await viewer.context().close();

    const page = await (await browser.newContext({ baseURL: E2E_BASE_URL })).newPage();
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "Impressum" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Impressum" })).toBeVisible();
    await expect(page.getByText("Bildungsnetz Mitteldeutschland e. V.")).toBeVisible();
    await page.goto("/en/impressum");
    await expect(page.getByText("Information under § 5 DDG")).toBeVisible();
    await page.goto(`/en/privacy?conference=${DEMO_SLUG}`);
    await expect(page.getByRole("heading", { name: "Operator of the platform" })).toBeVisible();
    await expect(page.getByText("datenschutz@bildungsnetz.example")).toBeVisible();
    await expect(page.getByText(/anonymised 6 months after the conference ends/)).toBeVisible();
    await page.context().close();
    await shoot(browser, "/impressum", "privacy-impressum");
    await shoot(browser, `/privacy?conference=${DEMO_SLUG}`, "privacy-notice");
  });

  test("organisers shorten the retention period and add their own privacy text, shown above the platform's", async ({ browser }) => {
    const conference = await db.conference.findUniqueOrThrow({ where: { slug: DEMO_SLUG }, select: { id: true, retentionMonths: true, privacyText: true } });
    const owner = await signedInPage(browser, DEMO_ORGANISERS.bismitOwner);
    try {
      await owner.goto(`/organiser/conferences/${conference.id}/settings`);
      const section = owner.getByRole("region", { name: "Datenschutz" });
      await section.getByLabel("Speicherdauer nach Konferenzende").selectOption("3");
      await section.getByLabel(/Eigene Datenschutzhinweise/).fill("Wir fotografieren im Saal; sagen Sie uns, wenn Sie nicht aufs Bild möchten.");
      await section.getByRole("button", { name: "Speichern" }).click();
      await expect(section.getByText("Gespeichert.")).toBeVisible();
      await expectAccessible(owner);
      await section.screenshot({ path: "test-results/screens/privacy-conference-settings-desktop-de.png" });
      await owner.goto(`/privacy?conference=${DEMO_SLUG}`);
      const own = owner.getByRole("region", { name: "Hinweise der Veranstaltenden dieser Konferenz" });
      await expect(own).toContainText("Wir fotografieren im Saal");
      await expect(owner.getByText(/3 Monate nach dem Ende der Konferenz anonymisiert/)).toBeVisible();
    } finally {
      await db.conference.update({ where: { id: conference.id }, data: { retentionMonths: conference.retentionMonths, privacyText: conference.privacyText } });
      await owner.context().close();
    }
  });
});
