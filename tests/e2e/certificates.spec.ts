import "./helpers/database";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { db } from "../../lib/db";
import { newVerificationCode } from "../../lib/certificates/rules";
import { hashToken, newManageToken } from "../../lib/registrations/token";
import { expectAccessible } from "./helpers/a11y";
import { DEMO_ORGANISERS, DEMO_SLUG } from "./helpers/demo";
import { apiAs, signedInPage } from "./helpers/session";

const SHOTS = "/work/shots/pdf";
const VIEWPORTS = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1280, height: 900 },
] as const;

/** A confirmed registration on the demo conference, made through the public API; returns its id and manage path. */
async function register(page: Page, name: string, organisation: string) {
  const response = await page.request.post(`/api/conferences/${DEMO_SLUG}/registrations`, {
    data: { name, email: `cert-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.org`, organisation, consent: true, answers: { role: "schule" }, locale: "de" },
  });
  expect(response.status()).toBe(201);
  const body = await response.json();
  return { id: body.id as string, managePath: new URL(body.manageUrl as string).pathname };
}

async function shoot(page: Page, file: string) {
  if (fs.existsSync(SHOTS)) await page.screenshot({ path: `${SHOTS}/${file}`, fullPage: true });
}

test("the public verification page confirms a certificate (name, conference, hours) in German and English and says so for an unknown code", async ({ page }) => {
  const person = await register(page, "Jürgen Müller-Lüdenscheidt", "Oberschule Lößnitz");
  const code = newVerificationCode();
  await db.certificate.create({ data: { registrationId: person.id, code, hours: 4.75, manual: true } });
  const conference = await db.conference.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });

  for (const locale of ["de", "en"] as const) {
    const prefix = locale === "en" ? "/en" : "";
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      // Typed off paper: lower case with the dash.
      await page.goto(`${prefix}/verify/${code.slice(0, 5).toLowerCase()}-${code.slice(5)}`);
      const result = page.getByTestId("verification");
      // The German heading carries a soft hyphen so it can break on a phone.
      expect((await page.getByRole("heading", { level: 1 }).textContent())?.replace(/\u00ad/g, "")).toBe(locale === "de" ? "Teilnahmebescheinigung prüfen" : "Verify a certificate of attendance");
      // No sideways scrolling on a phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await expect(result).toContainText(locale === "de" ? "Diese Teilnahmebescheinigung ist echt." : "This certificate of attendance is genuine.");
      await expect(result).toContainText("Jürgen Müller-Lüdenscheidt");
      await expect(result).toContainText(conference.title);
      await expect(result).toContainText(locale === "de" ? "4,75 Zeitstunden" : "4.75 hours");
      await expect(result).toContainText(`${code.slice(0, 5)}-${code.slice(5)}`);
      // Nothing else: not the organisation, not that it was issued by hand.
      await expect(result).not.toContainText("Oberschule Lößnitz");
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
      await expectAccessible(page);
      await shoot(page, `verify-${locale}-${viewport.name}.png`);
    }
    await page.goto(`${prefix}/verify/ZZZZZZZZZZ`);
    await expect(page.getByTestId("verification")).toContainText(locale === "de" ? "Zu diesem Prüfcode gibt es keine gültige Teilnahmebescheinigung." : "There is no valid certificate of attendance with this code.");
    await expectAccessible(page);
    await shoot(page, `verify-unknown-${locale}-desktop.png`);
  }
});

test("BiSMit's owner downloads one person's badge from the attendees page; a checked-in attendee downloads the certificate from the manage page after the end", async ({ browser, page }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const name = `Zoë Weiß-Ängström ${stamp}`;
  const person = await register(page, name, "Grundschule am Park");
  const conference = await db.conference.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });

  const owner = await signedInPage(browser, DEMO_ORGANISERS.bismitOwner);
  await owner.setViewportSize({ width: 1280, height: 900 });
  await owner.goto(`/organiser/conferences/${conference.id}/attendees`);
  const section = owner.getByRole("region", { name: "Namensschilder" });
  await expect(section).toContainText(/bestätigte Anmeldung/);
  await section.getByRole("radio", { name: "Eine Person" }).check();
  await expect(section.getByRole("button", { name: "Namensschilder herunterladen (PDF)" })).toBeDisabled();
  await section.getByLabel("Person", { exact: true }).selectOption(person.id);
  await section.getByLabel("Format").selectOption("single");
  await expectAccessible(owner);
  await section.screenshot({ path: fs.existsSync(SHOTS) ? `${SHOTS}/badges-section-de.png` : "test-results/screens/badges-section-de.png" });
  const [download] = await Promise.all([owner.waitForEvent("download"), section.getByRole("link", { name: "Namensschilder herunterladen (PDF)" }).click()]);
  expect(download.suggestedFilename()).toBe(`${DEMO_SLUG}-namensschilder.pdf`);
  const file = await download.path();
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"]).toString("utf8").replace(/\s+/g, " ");
  // pdftotext joins a name wrapped after its hyphen; look for the parts.
  for (const part of name.split(/[\s-]+/)) expect(text).toContain(part);
  expect(text).toContain("Grundschule am Park");
  const row = await db.registration.findUniqueOrThrow({ where: { id: person.id } });
  expect(text).toContain(row.checkInCode);
  expect(row.badgePrintedAt).not.toBeNull();

  // The manage page of someone checked in at a conference that ended yesterday (its own conference, so no other test sees it change).
  const bismit = await db.host.findFirstOrThrow({ where: { shortName: "BiSMit" } });
  const past = await db.conference.create({
    data: {
      slug: `zertifikat-${stamp}`,
      title: `Fachtag Zertifikat ${stamp}`,
      startsAt: new Date(Date.now() - 2 * 864e5),
      endsAt: new Date(Date.now() - 864e5),
      venueName: "Kongresshalle",
      venueAddress: "Pfaffendorfer Straße 31, 04105 Leipzig",
      status: "published",
      certificatesEnabled: true,
      certificateSignatory: "Dr. Anna Beispiel, Geschäftsführung BiSMit",
      hosts: { create: { hostId: bismit.id, role: "organiser" } },
    },
  });
  const session = await db.session.create({ data: { conferenceId: past.id, hostId: bismit.id, title: "Werkstatt Übergänge", startsAt: new Date(past.startsAt.getTime() + 3600_000), endsAt: new Date(past.startsAt.getTime() + 3 * 3600_000), status: "scheduled" } });
  const attendee = await db.registration.create({
    data: {
      conferenceId: past.id,
      name,
      email: `cert-${stamp}@example.org`,
      emailKey: `cert-${stamp}@example.org`,
      status: "confirmed",
      confirmedAt: new Date(past.startsAt.getTime() - 864e5),
      consentAt: new Date(),
      consentVersion: "2026-1",
      checkInCode: `Z${stamp}`,
      checkedInAt: past.startsAt,
      sessions: { create: { sessionId: session.id, status: "confirmed" } },
    },
  });
  const token = newManageToken();
  await db.registrationToken.create({ data: { registrationId: attendee.id, kind: "manage", tokenHash: hashToken(token) } });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/manage/${token}`);
  const card = page.getByTestId("certificate");
  await expect(card).toContainText("Ihre Teilnahmebescheinigung über 2 Zeitstunden steht bereit.");
  await expectAccessible(page);
  await card.screenshot({ path: fs.existsSync(SHOTS) ? `${SHOTS}/manage-certificate-de-phone.png` : "test-results/screens/manage-certificate-de-phone.png" });
  const [certificate] = await Promise.all([page.waitForEvent("download"), card.getByRole("link", { name: "Als PDF herunterladen" }).click()]);
  const pdf = execFileSync("pdftotext", ["-enc", "UTF-8", await certificate.path(), "-"]).toString("utf8").replace(/\s+/g, " ");
  expect(pdf).toContain("Teilnahmebescheinigung");
  expect(pdf).toContain("Werkstatt Übergänge");
  expect(pdf).toContain("Gesamtumfang: 2 Zeitstunden");
  const { code } = await db.certificate.findUniqueOrThrow({ where: { registrationId: attendee.id } });
  expect(pdf).toContain(`/verify/${code}`);

  // A missed check-in: the organiser issues the certificate by hand on the settings page.
  const missed = await db.registration.create({
    data: { conferenceId: past.id, name: `Dörte Vergessen ${stamp}`, email: `missed-${stamp}@example.org`, emailKey: `missed-${stamp}@example.org`, status: "confirmed", consentAt: new Date(), consentVersion: "2026-1", checkInCode: `Y${stamp}`, sessions: { create: { sessionId: session.id, status: "confirmed" } } },
  });
  await owner.goto(`/organiser/conferences/${past.id}/settings`);
  const settings = owner.getByRole("region", { name: "Teilnahmebescheinigungen" });
  await expect(settings.getByRole("checkbox", { name: "Teilnahmebescheinigungen anbieten" })).toBeChecked();
  await expect(settings.getByLabel("Unterzeichnung")).toHaveValue("Dr. Anna Beispiel, Geschäftsführung BiSMit");
  await expect(settings).toContainText("Eine Bescheinigung ausgestellt.");
  await settings.getByLabel("Person").selectOption(missed.id);
  await settings.getByRole("button", { name: "Bescheinigung ausstellen" }).click();
  await expect(settings.getByRole("status")).toContainText(`Bescheinigung für Dörte Vergessen ${stamp} ausgestellt (2 Zeitstunden).`);
  await expect(settings).toContainText("2 Bescheinigungen ausgestellt.");
  await expectAccessible(owner);
  await settings.screenshot({ path: fs.existsSync(SHOTS) ? `${SHOTS}/settings-certificates-de.png` : "test-results/screens/settings-certificates-de.png" });
  expect(await db.certificate.findUniqueOrThrow({ where: { registrationId: missed.id } })).toMatchObject({ manual: true, hours: 2 });
  expect(await db.auditLog.count({ where: { entityId: missed.id, action: "registration.certificate-issue" } })).toBe(1);
});

test("the badge endpoint: 401 without sign-in, 403 for a viewer, 422 naming a bad 'since', a PDF for the organiser", async () => {
  const conference = await db.conference.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
  const url = `/api/organiser/conferences/${conference.id}/badges.pdf`;
  expect((await (await apiAs(null)).get(url)).status()).toBe(401);
  expect((await (await apiAs(DEMO_ORGANISERS.bismitViewer)).get(url)).status()).toBe(403);
  const owner = await apiAs(DEMO_ORGANISERS.bismitOwner);
  const bad = await owner.get(`${url}?since=gestern`);
  expect(bad.status()).toBe(422);
  expect((await bad.json()).errors).toHaveProperty("since");
  const ok = await owner.get(`${url}?layout=single&locale=en`);
  expect(ok.status()).toBe(200);
  expect(ok.headers()["content-type"]).toBe("application/pdf");
  expect(ok.headers()["content-disposition"]).toContain(`${DEMO_SLUG}-name-badges.pdf`);
});
