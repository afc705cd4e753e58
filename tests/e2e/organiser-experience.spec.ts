/**
 * Issue 14, organiser points 5 (attendee table on a phone), 6 (change log in human terms), 8 (sign-in
 * under another host), 9 (attendee detail), 10 (confirmations, test send). Screenshots at phone and
 * desktop width, German and English, into /work/shots/ux-organiser (SHOTS_DIR) for review.
 */
import "./helpers/database";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { db } from "../../lib/db";
import { formatAuditTime } from "../../lib/audit/format";
import { expectAccessible } from "./helpers/a11y";
import { mailTo, openMailbox } from "./helpers/mailbox";
import { DEMO_ORGANISERS, DEMO_SLUG } from "./helpers/demo";
import { E2E_PORT } from "./helpers/server";
import { signedInPage } from "./helpers/session";

const SHOTS = process.env.SHOTS_DIR || "test-results/screens/organiser-experience";
fs.mkdirSync(SHOTS, { recursive: true });
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

async function shoot(page: Page, name: string, viewport: { width: number; height: number }) {
  await page.setViewportSize(viewport);
  await page.screenshot({ path: path.join(SHOTS, `${name}-${viewport === PHONE ? "phone" : "desktop"}.png`), fullPage: true });
}

/** No horizontal page scroll: nothing wider than the viewport. */
async function expectNoHorizontalScroll(page: Page) {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
}

async function demo() {
  const conference = await db.conference.findUniqueOrThrow({ where: { slug: DEMO_SLUG }, include: { hosts: { include: { host: true } } } });
  return { conference, bismit: conference.hosts.find((h) => h.host.shortName === "BiSMit")! };
}

test("the change log reads in human terms: times in the conference's zone, labels and translated values, no ISO or keys", async ({ browser }) => {
  const { conference, bismit } = await demo();
  const stamp = Date.now();
  const startsAt = new Date(conference.startsAt.getTime() + 5 * 3600_000);
  const session = await db.session.create({ data: { conferenceId: conference.id, hostId: bismit.hostId, title: `Protokoll-Werkstatt ${stamp}`, startsAt, endsAt: new Date(startsAt.getTime() + 3600_000), capacity: 20, status: "draft", format: "talk" } });
  const owner = await signedInPage(browser, DEMO_ORGANISERS.bismitOwner);
  const later = new Date(startsAt.getTime() + 3600_000);
  const moved = await owner.request.patch(`/api/organiser/sessions/${session.id}`, { data: { startsAt: later.toISOString(), endsAt: new Date(later.getTime() + 3600_000).toISOString(), format: "workshop", capacity: null } });
  expect(moved.status()).toBe(200);

  await owner.goto(`/organiser/conferences/${conference.id}/audit?type=Session`);
  const row = owner.getByTestId("audit-log").locator("tbody tr", { hasText: session.title }).filter({ hasText: "Programmpunkt geändert" }).first();
  const before = formatAuditTime(startsAt, conference.timeZone, "de");
  const after = formatAuditTime(later, conference.timeZone, "de").slice(-5);
  await expect(row).toContainText(`Beginn: ${before} → ${after}`);
  await expect(row).toContainText("Format: Vortrag → Workshop");
  await expect(row).toContainText("Plätze: 20 → unbegrenzt");
  const text = (await owner.getByTestId("audit-log").textContent()) ?? "";
  expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}|startsAt|roomId|"status"|scheduled|waitlisted/);
  await expectAccessible(owner);
  await shoot(owner, "audit-de", DESKTOP);
  await shoot(owner, "audit-de", PHONE);
  await expectNoHorizontalScroll(owner);

  await owner.goto(`/en/organiser/conferences/${conference.id}/audit?type=Session`);
  const english = owner.getByTestId("audit-log").locator("tbody tr", { hasText: session.title }).filter({ hasText: "Session changed" }).first();
  await expect(english).toContainText(`Start: ${formatAuditTime(startsAt, conference.timeZone, "en")} → ${after}`);
  await expect(english).toContainText("Format: Talk → Workshop");
  await expectAccessible(owner);
  await shoot(owner, "audit-en", DESKTOP);
  await shoot(owner, "audit-en", PHONE);
  await owner.context().close();
});

test("the attendee detail view: fields, answers, sessions with door check-in, entrance check-in, emails, history; the owner corrects a detail and resends the link; a viewer only reads", async ({ browser }) => {
  const { conference, bismit } = await demo();
  const stamp = Date.now();
  const email = `detail-${stamp}@example.org`;
  const owner = await signedInPage(browser, DEMO_ORGANISERS.bismitOwner);
  await owner.setViewportSize(DESKTOP);
  const startsAt = new Date(conference.startsAt.getTime() + 7 * 3600_000);
  const session = await db.session.create({ data: { conferenceId: conference.id, hostId: bismit.hostId, title: `Detail-Forum ${stamp}`, startsAt, endsAt: new Date(startsAt.getTime() + 3600_000), status: "scheduled" } });
  const response = await owner.request.post(`/api/conferences/${DEMO_SLUG}/registrations`, { data: { name: "Dora Detail", email, consent: true, organisation: "Grundschule Nord", answers: { role: "schule" }, sessionIds: [session.id], locale: "de" } });
  expect(response.status()).toBe(201);
  const registrationId = (await response.json()).id as string;
  await mailTo(email, /Anmeldung bestätigt/);
  // Scanned at the session's door, which checks in at the entrance too: both times on the page.
  const { checkInCode } = await db.registration.findUniqueOrThrow({ where: { id: registrationId } });
  const scan = await owner.request.post(`/api/organiser/conferences/${conference.id}/check-ins`, { data: { code: checkInCode, sessionId: session.id } });
  expect(scan.ok()).toBe(true);
  const scannedAt = new Date((await scan.json()).checkedInAt as string);

  await owner.goto(`/organiser/conferences/${conference.id}/attendees?q=${encodeURIComponent(email)}`);
  await owner.getByTestId("attendees").getByRole("link", { name: "Dora Detail" }).click();
  await expect(owner).toHaveURL(new RegExp(`/attendees/${registrationId}$`));
  await expect(owner.getByRole("heading", { level: 1 })).toContainText("Dora Detail");
  await expect(owner.getByTestId("attendee-fields")).toContainText(email);
  await expect(owner.getByTestId("attendee-fields")).toContainText("Grundschule Nord");
  await expect(owner.getByTestId("attendee-answers")).toContainText("Schule oder Bildungseinrichtung");
  await expect(owner.getByTestId("attendee-sessions")).toContainText(session.title);
  const scannedDe = formatAuditTime(scannedAt, conference.timeZone, "de");
  await expect(owner.getByTestId("attendee-entrance")).toContainText(`Am Eingang eingecheckt: ${scannedDe}`);
  await expect(owner.getByTestId("attendee-sessions").locator("tbody tr", { hasText: session.title })).toContainText(scannedDe);
  await expect(owner.getByTestId("attendee-emails")).toContainText("Anmeldebestätigung");
  await expect(owner.getByTestId("attendee-emails")).toContainText("gesendet");
  await expect(owner.getByTestId("attendee-history")).toContainText("Anmeldung angelegt");

  // Correct the organisation: only that field is sent; the attendee is told; the history names it.
  const edit = owner.getByTestId("edit-attendee");
  await edit.getByLabel(/^Organisation/).fill("Grundschule Süd");
  await edit.getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(edit.getByRole("status")).toHaveText("Gespeichert. Die Person wird per E-Mail informiert.");
  await expect(owner.getByTestId("attendee-history")).toContainText("Organisation: Grundschule Nord → Grundschule Süd");
  expect(await db.registration.findUniqueOrThrow({ where: { id: registrationId } })).toMatchObject({ organisation: "Grundschule Süd", name: "Dora Detail" });
  await mailTo(email, /Anmeldung geändert/);

  // Resend the manage link: it arrives, and the log says who sent it.
  await owner.getByRole("button", { name: "Link erneut senden" }).click();
  await expect(owner.getByRole("status").filter({ hasText: "Der Link ist unterwegs" })).toContainText(email);
  const mail = await mailTo(email, /Ihr persönlicher Link/);
  expect(mail.text).toMatch(/\/manage\/[A-Za-z0-9_-]+/);
  await owner.reload();
  await expect(owner.getByTestId("attendee-history")).toContainText("Verwaltungslink erneut gesendet");
  await expect(owner.getByTestId("attendee-emails")).toContainText("Persönlicher Link");
  await expectAccessible(owner);
  await shoot(owner, "attendee-detail-de", DESKTOP);
  await shoot(owner, "attendee-detail-de", PHONE);
  await expectNoHorizontalScroll(owner);

  await owner.goto(`/en/organiser/conferences/${conference.id}/attendees/${registrationId}`);
  await expect(owner.getByTestId("attendee-answers")).toContainText("School or education provider");
  const scannedEn = formatAuditTime(scannedAt, conference.timeZone, "en");
  await expect(owner.getByTestId("attendee-entrance")).toContainText(`Checked in at the entrance: ${scannedEn}`);
  await expect(owner.getByTestId("attendee-sessions").locator("tbody tr", { hasText: session.title })).toContainText(scannedEn);
  await expect(owner.getByTestId("attendee-emails")).toContainText("Registration confirmation");
  await expect(owner.getByTestId("attendee-history")).toContainText("Organisation: Grundschule Nord → Grundschule Süd");
  await expectAccessible(owner);
  await shoot(owner, "attendee-detail-en", DESKTOP);
  await shoot(owner, "attendee-detail-en", PHONE);
  await owner.context().close();

  const viewer = await signedInPage(browser, DEMO_ORGANISERS.bismitViewer);
  await viewer.goto(`/organiser/conferences/${conference.id}/attendees/${registrationId}`);
  await expect(viewer.getByTestId("attendee-fields")).toContainText(email);
  await expect(viewer.getByTestId("edit-attendee")).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: "Link erneut senden" })).toHaveCount(0);
  await viewer.context().close();

  // EMMD (a partner host) does not see an attendee of a BiSMit session only.
  const partner = await signedInPage(browser, DEMO_ORGANISERS.emmdOwner);
  const hidden = await partner.goto(`/organiser/conferences/${conference.id}/attendees/${registrationId}`);
  expect(hidden?.status()).toBe(404);
  await partner.context().close();
});

test("organiser headings on the English site show the conference's English title; without one the German title, marked lang=de", async ({ browser }) => {
  const { bismit } = await demo();
  const stamp = Date.now();
  const startsAt = new Date(Date.now() + 120 * 864e5);
  const base = { startsAt, endsAt: new Date(startsAt.getTime() + 8 * 3600_000), timeZone: "Europe/Berlin", venueName: "Haus", venueAddress: "Straße 1, Leipzig", status: "draft" as const, hosts: { create: { hostId: bismit.hostId, role: "organiser" as const } } };
  const english = await db.conference.create({ data: { ...base, slug: `fachtag-${stamp}`, title: `Fachtag Übergänge ${stamp}`, titleEn: `Transitions Day ${stamp}` } });
  const german = await db.conference.create({ data: { ...base, slug: `werkstatt-${stamp}`, title: `Werkstatttag ${stamp}` } });
  const owner = await signedInPage(browser, DEMO_ORGANISERS.bismitOwner);
  for (const [tab, heading] of [["attendees", "Attendees"], ["timetable", "Timetable"], ["settings", "Settings"], ["audit", "Change log"]] as const) {
    await owner.goto(`/en/organiser/conferences/${english.id}/${tab}`);
    const h1 = owner.getByRole("heading", { level: 1 });
    await expect(h1).toHaveText(`${heading}: Transitions Day ${stamp}`);
    await expect(h1.locator("[lang]")).toHaveCount(0);
  }
  // The settings form edits the fields themselves: the German title stays in its box.
  await owner.goto(`/en/organiser/conferences/${english.id}/settings`);
  await expect(owner.locator("#details-title")).toHaveValue(`Fachtag Übergänge ${stamp}`);
  await owner.goto(`/en/organiser/conferences/${english.id}/check-in`);
  await expect(owner.getByRole("heading", { level: 1 })).toContainText(`Transitions Day ${stamp}`);
  await owner.goto("/en/organiser");
  await expect(owner.getByRole("heading", { level: 3, name: `Transitions Day ${stamp}` })).toBeVisible();
  await shoot(owner, "organiser-heading-en", DESKTOP);
  await shoot(owner, "organiser-heading-en", PHONE);

  await owner.goto(`/en/organiser/conferences/${german.id}/attendees`);
  await expect(owner.getByRole("heading", { level: 1 }).locator('[lang="de"]')).toHaveText(`Werkstatttag ${stamp}`);
  await owner.goto(`/organiser/conferences/${english.id}/attendees`);
  await expect(owner.getByRole("heading", { level: 1 })).toHaveText(`Teilnehmende: Fachtag Übergänge ${stamp}`);
  await owner.setViewportSize(DESKTOP);
  await expectAccessible(owner);
  await shoot(owner, "organiser-heading-de", DESKTOP);
  await shoot(owner, "organiser-heading-de", PHONE);
  await owner.context().close();
});

test("publishing asks first, naming what happens", async ({ browser }) => {
  const { bismit } = await demo();
  const stamp = Date.now();
  const startsAt = new Date(Date.now() + 90 * 864e5);
  const draft = await db.conference.create({
    data: { slug: `entwurf-${stamp}`, title: `Entwurfstagung ${stamp}`, startsAt, endsAt: new Date(startsAt.getTime() + 8 * 3600_000), timeZone: "Europe/Berlin", venueName: "Haus", venueAddress: "Straße 1, Leipzig", status: "draft", hosts: { create: { hostId: bismit.hostId, role: "organiser" } } },
  });
  const owner = await signedInPage(browser, DEMO_ORGANISERS.bismitOwner);
  await owner.setViewportSize(DESKTOP);
  await owner.goto(`/organiser/conferences/${draft.id}/settings`);
  const status = owner.getByRole("region", { name: "Status" });
  await status.getByRole("button", { name: "Veröffentlichen" }).click();
  const dialog = owner.getByRole("dialog", { name: "Veranstaltung veröffentlichen?" });
  await expect(dialog).toContainText(`/conferences/entwurf-${stamp}`);
  await expect(dialog.getByRole("button", { name: "Abbrechen" })).toBeFocused();
  await expectAccessible(owner);
  await owner.screenshot({ path: path.join(SHOTS, "publish-confirm-de-desktop.png") });
  await owner.setViewportSize(PHONE);
  await owner.screenshot({ path: path.join(SHOTS, "publish-confirm-de-phone.png") });
  await owner.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  expect((await db.conference.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("draft");
  await status.getByRole("button", { name: "Veröffentlichen" }).click();
  await dialog.getByRole("button", { name: "Ja, veröffentlichen" }).click();
  await expect(status.getByRole("status")).toHaveText("Die Veranstaltung ist veröffentlicht.");
  expect((await db.conference.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("published");

  await db.conference.update({ where: { id: draft.id }, data: { status: "draft" } });
  await owner.goto(`/en/organiser/conferences/${draft.id}/settings`);
  await owner.getByRole("region", { name: "Status" }).getByRole("button", { name: "Publish" }).click();
  await expect(owner.getByRole("dialog", { name: "Publish the conference?" })).toContainText("becomes visible to everyone");
  await expectAccessible(owner);
  await owner.screenshot({ path: path.join(SHOTS, "publish-confirm-en-phone.png") });
  await owner.setViewportSize(DESKTOP);
  await owner.screenshot({ path: path.join(SHOTS, "publish-confirm-en-desktop.png") });
  await owner.context().close();
});

test("a broadcast asks first with the number of recipients; a test goes to the organiser's own mailbox first", async ({ browser }) => {
  const { conference, bismit } = await demo();
  const stamp = Date.now();
  const startsAt = new Date(conference.startsAt.getTime() + 9 * 3600_000);
  const session = await db.session.create({ data: { conferenceId: conference.id, hostId: bismit.hostId, title: `Rundschreiben-Forum ${stamp}`, startsAt, endsAt: new Date(startsAt.getTime() + 3600_000), status: "scheduled" } });
  const owner = await signedInPage(browser, DEMO_ORGANISERS.bismitOwner);
  await owner.setViewportSize(DESKTOP);
  for (const name of ["Erik Eins", "Frida Zwei", "Gabi Drei"]) {
    const response = await owner.request.post(`/api/conferences/${DEMO_SLUG}/registrations`, { data: { name, email: `${name.split(" ")[0].toLowerCase()}-${stamp}@example.org`, consent: true, answers: { role: "schule" }, sessionIds: [session.id], locale: "de" } });
    expect(response.status()).toBe(201);
  }
  await owner.goto(`/organiser/conferences/${conference.id}/broadcast?session=${session.id}`);
  await expect(owner.getByTestId("broadcast-count")).toContainText("3 Personen erhalten die Nachricht.");
  const subject = `Raumwechsel ${stamp}`;
  await owner.getByLabel("Betreff").fill(subject);
  await owner.getByLabel("Nachricht", { exact: true }).fill("Wir treffen uns im Raum nebenan.");

  // Test to myself: into the development mailbox, marked, only to me.
  await owner.getByRole("button", { name: "Test an mich senden" }).click();
  await expect(owner.getByRole("status")).toContainText(`Testnachricht an ${DEMO_ORGANISERS.bismitOwner} ist unterwegs.`);
  await shoot(owner, "broadcast-test-sent-de", DESKTOP);
  await shoot(owner, "broadcast-test-sent-de", PHONE);
  await owner.setViewportSize(DESKTOP);
  const test = await mailTo(DEMO_ORGANISERS.bismitOwner, new RegExp(`\\[Test\\] ${subject}`));
  expect(test.text).toContain("Testnachricht");
  expect(test.raw).not.toMatch(/List-Unsubscribe:/);
  expect(await db.emailOutbox.count({ where: { kind: "broadcast", toAddress: { endsWith: `-${stamp}@example.org` } } })).toBe(0);
  await openMailbox(owner);
  await expect(owner.locator("tr", { hasText: `[Test] ${subject}` }).first()).toBeVisible();

  await owner.goto(`/organiser/conferences/${conference.id}/broadcast?session=${session.id}`);
  await owner.getByLabel("Betreff").fill(subject);
  await owner.getByLabel("Nachricht", { exact: true }).fill("Wir treffen uns im Raum nebenan.");
  await owner.getByRole("button", { name: "An 3 Personen senden" }).click();
  const dialog = owner.getByRole("dialog", { name: "Nachricht an 3 Personen senden?" });
  await expect(dialog.getByTestId("broadcast-confirm-count")).toHaveText(`3 bestätigte Teilnehmende von „${session.title}“ erhalten diese Nachricht per E-Mail.`);
  await expectAccessible(owner);
  await owner.screenshot({ path: path.join(SHOTS, "broadcast-confirm-de-desktop.png") });
  await owner.setViewportSize(PHONE);
  await owner.screenshot({ path: path.join(SHOTS, "broadcast-confirm-de-phone.png") });
  await dialog.getByRole("button", { name: "Abbrechen" }).click();
  expect(await db.emailOutbox.count({ where: { kind: "broadcast", toAddress: { endsWith: `-${stamp}@example.org` } } })).toBe(0);
  await owner.getByRole("button", { name: "An 3 Personen senden" }).click();
  await dialog.getByRole("button", { name: "Ja, an 3 Personen senden" }).click();
  await expect(owner.getByRole("status")).toContainText("3 Nachrichten in der Warteschlange");
  await mailTo(`gabi-${stamp}@example.org`, new RegExp(`^${subject}$`));

  await owner.goto(`/en/organiser/conferences/${conference.id}/broadcast?session=${session.id}`);
  // On the phone the tabs are one swipeable row; the current one is scrolled into view, not left off-screen.
  expect(owner.viewportSize()).toEqual(PHONE);
  await expect(owner.locator('.org-tabs [aria-current="page"]')).toBeInViewport({ ratio: 1 });
  await owner.getByLabel("Subject").fill(subject);
  await owner.getByLabel("Message", { exact: true }).fill("We meet in the room next door.");
  await owner.getByRole("button", { name: "Send a test to myself" }).click();
  await expect(owner.getByRole("status")).toContainText(`A test message to ${DEMO_ORGANISERS.bismitOwner} is on its way.`);
  // The English preview names the conference by its English title, as the English mail does.
  await expect(owner.getByTestId("broadcast-preview")).toContainText("registered for Central German Education Conference");
  await shoot(owner, "broadcast-test-sent-en", PHONE);
  await shoot(owner, "broadcast-test-sent-en", DESKTOP);
  await owner.setViewportSize(PHONE);
  await owner.getByRole("button", { name: "Send to 3 people" }).click();
  await expect(owner.getByRole("dialog", { name: "Send the message to 3 people?" })).toContainText("3 confirmed attendees of");
  await expectAccessible(owner);
  await owner.screenshot({ path: path.join(SHOTS, "broadcast-confirm-en-phone.png") });
  await owner.setViewportSize(DESKTOP);
  await owner.screenshot({ path: path.join(SHOTS, "broadcast-confirm-en-desktop.png") });
  await owner.context().close();
});

test("sign-in opened at 127.0.0.1 says where the link works; the link rewritten to 127.0.0.1 still signs in, on APP_URL's host", async ({ page }) => {
  const other = `http://127.0.0.1:${E2E_PORT}`;
  const appUrl = `http://localhost:${E2E_PORT}`;
  await page.goto(`${other}/signin`);
  const notice = page.getByTestId("signin-other-host");
  await expect(notice).toContainText(`Sie haben Tagung unter 127.0.0.1:${E2E_PORT} geöffnet.`);
  await expect(notice.getByRole("link", { name: `Öffnen Sie die Anmeldung unter ${appUrl}` })).toHaveAttribute("href", `${appUrl}/signin`);
  await expectAccessible(page);
  await page.setViewportSize(DESKTOP);
  await page.screenshot({ path: path.join(SHOTS, "signin-other-host-de-desktop.png"), fullPage: true });
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: path.join(SHOTS, "signin-other-host-de-phone.png"), fullPage: true });
  await page.goto(`${other}/en/signin`);
  await expect(page.getByTestId("signin-other-host").getByRole("link", { name: `Open the sign-in page at ${appUrl}` })).toHaveAttribute("href", `${appUrl}/en/signin`);
  await expectAccessible(page);
  await page.screenshot({ path: path.join(SHOTS, "signin-other-host-en-phone.png"), fullPage: true });
  await page.setViewportSize(DESKTOP);
  await page.screenshot({ path: path.join(SHOTS, "signin-other-host-en-desktop.png"), fullPage: true });

  // At APP_URL's own host there is nothing to warn about.
  await page.goto(`${appUrl}/signin`);
  await expect(page.getByTestId("signin-other-host")).toHaveCount(0);

  // Ask for a link at 127.0.0.1, then open it there (as if the host were edited): it is not spent
  // on the wrong host but sent on to APP_URL, where it signs in.
  await page.goto(`${other}/signin`);
  const organiser = DEMO_ORGANISERS.transmitOwner;
  await page.getByLabel("E-Mail-Adresse").fill(organiser);
  await page.getByRole("button", { name: "Anmeldelink anfordern" }).click();
  await expect(page.getByRole("status")).toContainText("Bitte prüfen Sie Ihr Postfach");
  const mail = await mailTo(organiser, /Anmeldelink/);
  const link = /https?:\/\/\S+\/api\/auth\/callback\/email\?\S+/.exec(mail.text ?? "")?.[0] ?? "";
  expect(link.startsWith(`${appUrl}/api/auth/callback/email`)).toBe(true);
  await page.goto(link.replace(appUrl, other));
  await expect(page).toHaveURL(new RegExp(`^${appUrl}/organiser`));
  await expect(page.getByText(`Angemeldet als ${organiser}`)).toBeVisible();
});

test("the attendee table fits a phone: one card per attendee, no horizontal page scroll", async ({ browser }) => {
  const { conference } = await demo();
  for (const locale of ["de", "en"] as const) {
    const owner = await signedInPage(browser, DEMO_ORGANISERS.bismitOwner, { locale: locale === "en" ? "en-GB" : "de-DE" });
    await owner.setViewportSize(PHONE);
    await owner.goto(`${locale === "en" ? "/en" : ""}/organiser/conferences/${conference.id}/attendees`);
    await expect(owner.getByTestId("attendees").locator("tbody tr").first()).toBeVisible();
    await expectNoHorizontalScroll(owner);
    // Each cell names its column once the header row is hidden.
    const label = await owner.getByTestId("attendees").locator("tbody tr").first().locator("td").nth(2).evaluate((td) => getComputedStyle(td, "::before").content);
    expect(label).toBe('"Status"');
    await expectAccessible(owner);
    await owner.screenshot({ path: path.join(SHOTS, `attendees-${locale}-phone.png`), fullPage: true });
    await owner.setViewportSize(DESKTOP);
    await owner.screenshot({ path: path.join(SHOTS, `attendees-${locale}-desktop.png`) });
    await owner.context().close();
  }
});
