import "./helpers/database";
import { expect, test } from "@playwright/test";
import { db } from "../../lib/db";
import { expectAccessible } from "./helpers/a11y";
import { mailTo } from "./helpers/mailbox";
import { DEMO_ORGANISERS, DEMO_SLUG } from "./helpers/demo";
import { E2E_BASE_URL } from "./helpers/server";
import { sessionTokenFor, SESSION_COOKIE, signedInPage } from "./helpers/session";

test("BiSMit's owner adds an attendee, gives a waiting attendee a seat, cancels one, messages a session and the attendee opts out", async ({ browser }) => {
  test.setTimeout(150_000);
  const stamp = Date.now();
  const conference = await db.conference.findUniqueOrThrow({ where: { slug: DEMO_SLUG }, include: { hosts: { include: { host: true } } } });
  const bismit = conference.hosts.find((h) => h.host.shortName === "BiSMit")!;
  // A full workshop: one seat, one attendee holding it and one waiting.
  const title = `Werkstatt Warteliste ${stamp}`;
  const startsAt = new Date(conference.startsAt.getTime() + 11 * 3600_000);
  const workshop = await db.session.create({ data: { conferenceId: conference.id, hostId: bismit.hostId, title, startsAt, endsAt: new Date(startsAt.getTime() + 3600_000), capacity: 1, status: "scheduled" } });
  const owner = await signedInPage(browser, DEMO_ORGANISERS.bismitOwner);
  await owner.setViewportSize({ width: 1440, height: 1000 });
  const register = async (name: string, email: string) => {
    const response = await owner.request.post(`/api/conferences/${DEMO_SLUG}/registrations`, { data: { name, email, consent: true, answers: { role: "schule" }, sessionIds: [workshop.id], locale: "de" } });
    expect(response.status()).toBe(201);
    return (await response.json()).id as string;
  };
  const almaEmail = `alma-${stamp}@example.org`;
  const benEmail = `ben-${stamp}@example.org`;
  const alma = await register("Alma Erst", almaEmail);
  const ben = await register("Ben Warte", benEmail);
  const entry = (registrationId: string) => db.sessionRegistration.findFirstOrThrow({ where: { registrationId, sessionId: workshop.id } });
  expect((await entry(ben)).status).toBe("waitlisted");

  // ── Add an attendee by hand ──
  await owner.goto(`/organiser/conferences/${conference.id}/attendees`);
  await expect(owner.getByRole("heading", { level: 1 })).toContainText("Teilnehmende: Mitteldeutsche Bildungskonferenz");
  await owner.getByRole("button", { name: "+ Teilnehmende*n hinzufügen" }).click();
  const add = owner.getByRole("region", { name: "Teilnehmende*n von Hand anmelden" });
  await add.getByRole("button", { name: "Anmelden" }).click();
  await expect(add.getByRole("alert")).toContainText("Die Anmeldung konnte nicht abgeschlossen werden");
  await expect(add.getByLabel("Vor- und Nachname")).toHaveAttribute("aria-invalid", "true");
  // The organiser confirms consent on the person's behalf, and the message says so.
  await expect(add).toContainText("Bitte bestätigen Sie, dass die Person dem Datenschutzhinweis zugestimmt hat.");
  const hannaEmail = `hanna-${stamp}@example.org`;
  await add.getByLabel("Vor- und Nachname").fill("Hanna Hand");
  await add.getByLabel("E-Mail-Adresse").fill(hannaEmail);
  await add.getByLabel("Organisation").fill("Landkreis Saalekreis");
  await add.getByRole("radio", { name: "Kommunalverwaltung" }).check();
  await add.getByRole("checkbox", { name: new RegExp(title) }).check();
  await add.getByRole("checkbox", { name: /Datenschutzhinweis zugestimmt/ }).check();
  await expectAccessible(owner);
  await add.screenshot({ path: "test-results/screens/attendees-add-de.png" });
  await add.getByRole("button", { name: "Anmelden" }).click();
  await expect(add.getByRole("status")).toContainText("Hanna Hand ist angemeldet (Bestätigt)");
  const hanna = await db.registration.findFirstOrThrow({ where: { conferenceId: conference.id, email: hannaEmail } });
  expect(hanna).toMatchObject({ source: "organiser", organisation: "Landkreis Saalekreis" });
  expect((await entry(hanna.id)).status).toBe("waitlisted");
  await mailTo(hannaEmail, /Anmeldung bestätigt/);

  // ── The workshop's list, with its counts; a seat is added and Ben gets it ahead of the queue ──
  await owner.getByLabel("Programmpunkt", { exact: true }).selectOption(workshop.id);
  await owner.getByRole("button", { name: "Filtern" }).click();
  await expect(owner.getByTestId("session-summary")).toContainText("1 bestätigt · 2 auf der Warteliste");
  await expect(owner.getByTestId("session-summary")).toContainText("1 von 1 Plätzen belegt");
  await db.session.update({ where: { id: workshop.id }, data: { capacity: 2 } });
  await owner.reload();
  await owner.getByRole("button", { name: "Platz geben – Ben Warte" }).click();
  await expect(owner.getByTestId("attendee-action-status")).toContainText("Ben Warte ist bestätigt");
  expect((await entry(ben)).status).toBe("confirmed");
  expect((await entry(hanna.id)).status).toBe("waitlisted");

  // ── Cancel Alma (asks first); Hanna moves up automatically ──
  await owner.getByRole("button", { name: "Stornieren – Alma Erst" }).click();
  await expect(owner.getByText("Anmeldung von Alma Erst wirklich stornieren?")).toBeVisible();
  await owner.getByRole("button", { name: "Ja, stornieren" }).click();
  await expect(owner.getByTestId("attendee-action-status")).toContainText("Die Anmeldung von Alma Erst ist storniert.");
  expect((await db.registration.findUniqueOrThrow({ where: { id: alma } })).status).toBe("cancelled");
  expect((await entry(hanna.id)).status).toBe("confirmed");
  await expect(owner.getByTestId("session-summary")).toContainText("2 bestätigt · 0 auf der Warteliste");
  await expectAccessible(owner);
  await owner.screenshot({ path: "test-results/screens/attendees-session-de.png", fullPage: true });

  // ── A message to the workshop's attendees ──
  await owner.getByRole("navigation", { name: "Veranstaltung verwalten" }).getByRole("link", { name: "Nachricht senden" }).click();
  await expect(owner.getByRole("heading", { level: 1 })).toContainText("Nachricht an Teilnehmende");
  await owner.getByLabel("Empfänger*innen").selectOption(workshop.id);
  await expect(owner.getByTestId("broadcast-count")).toContainText("2 Personen erhalten die Nachricht.");
  await owner.getByLabel("Betreff").fill("Material für die Werkstatt");
  await owner.getByLabel("Nachricht", { exact: true }).fill("Bitte bringen Sie einen Laptop mit.");
  await expect(owner.getByTestId("broadcast-preview")).toContainText("Guten Tag Anna Beispiel,");
  await expect(owner.getByTestId("broadcast-preview")).toContainText("Bitte bringen Sie einen Laptop mit.");
  await expect(owner.getByTestId("broadcast-preview")).toContainText("abbestellen");
  await expectAccessible(owner);
  await owner.screenshot({ path: "test-results/screens/broadcast-de.png", fullPage: true });
  await owner.getByRole("button", { name: "An 2 Personen senden" }).click();
  await owner.getByRole("dialog", { name: "Nachricht an 2 Personen senden?" }).getByRole("button", { name: "Ja, an 2 Personen senden" }).click();
  await expect(owner.getByRole("status")).toContainText("2 Nachrichten in der Warteschlange, 0 übersprungen (abbestellt).");

  // The message arrives with a one-click opt-out header and link.
  const mail = await mailTo(benEmail, /Material für die Werkstatt/);
  const raw = mail.raw.replace(/=\r?\n/g, "");
  expect(raw).toMatch(/List-Unsubscribe:\s+<http[^>]+\/api\/unsubscribe\/[^>]+>/);
  expect(raw).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
  expect(mail.text).toContain("Guten Tag Ben Warte,");
  const optOut = /https?:\/\/\S+\/api\/unsubscribe\/[A-Za-z0-9_~-]+/.exec(mail.text ?? "")?.[0];
  expect(optOut).toBeTruthy();

  // ── Ben follows the link: opening it changes nothing, the button opts out ──
  const attendeeContext = await browser.newContext({ baseURL: E2E_BASE_URL, locale: "de-DE" });
  const attendee = await attendeeContext.newPage();
  await attendee.goto(optOut!.replace(/^https?:\/\/[^/]+/, ""));
  await expect(attendee).toHaveURL(/\/unsubscribe\//);
  await expect(attendee.getByRole("heading", { level: 1, name: "Nachrichten abbestellen" })).toBeVisible();
  await expect(attendee.getByText("Mitteldeutsche Bildungskonferenz")).toBeVisible();
  expect((await db.registration.findUniqueOrThrow({ where: { id: ben } })).broadcastOptOutAt).toBeNull();
  await expectAccessible(attendee);
  await attendee.getByRole("button", { name: "Nachrichten abbestellen" }).click();
  await expect(attendee.getByRole("status")).toContainText("Erledigt: Sie erhalten keine Rundschreiben mehr");
  expect((await db.registration.findUniqueOrThrow({ where: { id: ben } })).broadcastOptOutAt).not.toBeNull();
  await attendee.screenshot({ path: "test-results/screens/unsubscribe-de.png", fullPage: true });
  await attendeeContext.close();

  // The next message to the workshop skips Ben.
  await owner.reload();
  await owner.getByLabel("Empfänger*innen").selectOption(workshop.id);
  await expect(owner.getByTestId("broadcast-count")).toContainText("1 Person erhält die Nachricht. 1 Person hat abbestellt und wird übersprungen.");

  // ── The audit log shows all of it ──
  await owner.getByRole("navigation", { name: "Veranstaltung verwalten" }).getByRole("link", { name: "Änderungsprotokoll" }).click();
  const log = owner.getByTestId("audit-log");
  // Other browser tests change the same demo conference meanwhile, so find the rows rather than count on their order.
  await expect(log.locator("tbody tr", { hasText: "Nachrichten abbestellt" }).first()).toContainText("Teilnehmende*r (persönlicher Link)");
  for (const action of ["Nachricht gesendet", "Anmeldung storniert", "Von der Warteliste bestätigt", "Anmeldung angelegt"]) await expect(log).toContainText(action);
  await expect(log.locator("tr", { hasText: "Anmeldung storniert" }).first()).toContainText(DEMO_ORGANISERS.bismitOwner);
  await owner.getByLabel("Art des Eintrags").selectOption("Session");
  await owner.getByRole("button", { name: "Anzeigen" }).click();
  await expect(log).toContainText("Nachricht gesendet");
  await expect(log).not.toContainText("Anmeldung storniert");
  await owner.getByLabel("Art des Eintrags").selectOption("");
  await owner.getByRole("button", { name: "Anzeigen" }).click();
  await expectAccessible(owner);
  await owner.screenshot({ path: "test-results/screens/audit-de.png", fullPage: false });

  // ── The same pages in English ──
  await owner.goto(`/en/organiser/conferences/${conference.id}/attendees?session=${workshop.id}`);
  await expect(owner.getByTestId("session-summary")).toContainText("2 confirmed · 0 on the waiting list");
  await expectAccessible(owner);
  await owner.screenshot({ path: "test-results/screens/attendees-en.png", fullPage: true });
  await owner.goto(`/en/organiser/conferences/${conference.id}/broadcast`);
  await expect(owner.getByRole("heading", { level: 1 })).toContainText("Message to attendees");
  await owner.screenshot({ path: "test-results/screens/broadcast-en.png", fullPage: true });
  await owner.goto(`/en/organiser/conferences/${conference.id}/audit`);
  await expect(owner.getByTestId("audit-log")).toContainText("Opted out of messages");
  await expectAccessible(owner);
  await owner.screenshot({ path: "test-results/screens/audit-en.png", fullPage: false });
  await owner.context().close();
});

test("a viewer reads the audit log but may not message attendees; the partner editor writes only to its own sessions", async ({ browser }) => {
  const conference = await db.conference.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
  const viewer = await signedInPage(browser, DEMO_ORGANISERS.bismitViewer);
  await viewer.goto(`/organiser/conferences/${conference.id}/broadcast`);
  await expect(viewer.getByRole("alert").filter({ hasText: "Nachrichten an Teilnehmende dürfen nur" })).toBeVisible();
  await viewer.goto(`/organiser/conferences/${conference.id}/audit`);
  await expect(viewer.getByTestId("audit-log")).toBeVisible();
  await viewer.goto(`/organiser/conferences/${conference.id}/attendees`);
  await expect(viewer.getByRole("button", { name: /Stornieren/ })).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: /hinzufügen/ })).toHaveCount(0);
  await viewer.context().close();

  const editor = await signedInPage(browser, DEMO_ORGANISERS.emmdEditor);
  await editor.goto(`/organiser/conferences/${conference.id}/broadcast`);
  const options = await editor.getByLabel("Empfänger*innen").locator("option").allTextContents();
  expect(options.length).toBeGreaterThan(0);
  for (const option of options) expect(option).toMatch(/\(EMMD\)$/);
  await expectAccessible(editor);
  await editor.context().close();
});

test("the check-in page offers the camera where the browser reads QR codes, and checks in what it scans", async ({ browser }) => {
  const conference = await db.conference.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
  const registration = await db.registration.findFirstOrThrow({ where: { conferenceId: conference.id, status: "confirmed", checkedInAt: null } });
  const page = await signedInPage(browser, DEMO_ORGANISERS.bismitOwner);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/organiser/conferences/${conference.id}/check-in`);
  // This Chromium has no BarcodeDetector: the page says so and typing stays the way in.
  await expect(page.getByTestId("check-in-scan")).toContainText("Dieser Browser kann QR-Codes nicht mit der Kamera lesen");
  await expect(page.getByRole("button", { name: "QR-Code mit der Kamera scannen" })).toHaveCount(0);
  await page.close();

  // A browser that can: a stand-in detector and camera, so the scan path is exercised end to end.
  const context = await browser.newContext({ baseURL: E2E_BASE_URL, locale: "de-DE" });
  await context.addCookies([{ name: SESSION_COOKIE, value: await sessionTokenFor(DEMO_ORGANISERS.bismitOwner), url: E2E_BASE_URL, httpOnly: true, sameSite: "Lax" }]);
  await context.addInitScript((code: string) => {
    class FakeDetector {
      static async getSupportedFormats() {
        return ["qr_code"];
      }
      async detect() {
        return [{ rawValue: code }];
      }
    }
    Object.assign(window, { BarcodeDetector: FakeDetector });
    navigator.mediaDevices.getUserMedia = async () => {
      const canvas = Object.assign(document.createElement("canvas"), { width: 64, height: 64 });
      canvas.getContext("2d")!.fillRect(0, 0, 64, 64);
      return canvas.captureStream(5);
    };
  }, registration.checkInCode);
  const scanner = await context.newPage();
  await scanner.goto(`/organiser/conferences/${conference.id}/check-in`);
  await expectAccessible(scanner);
  await scanner.getByRole("button", { name: "QR-Code mit der Kamera scannen" }).click();
  await expect(scanner.getByRole("status").filter({ hasText: "Willkommen" })).toContainText(`Willkommen, ${registration.name}!`);
  expect((await db.registration.findUniqueOrThrow({ where: { id: registration.id } })).checkedInAt).not.toBeNull();
  await context.close();
});
