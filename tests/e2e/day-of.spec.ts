/**
 * On and around the day (issue 16): check-in at a session's door, feedback on the manage page, the
 * organisers' results, and the reminder mail as it lands in the development mailbox. Screenshots
 * (phone and desktop, German and English) go to SHOTS_DIR (default test-results/screens/day-of).
 */
import "./helpers/database";
import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { db } from "../../lib/db";
import { runReminders } from "../../lib/reminders/run-reminders";
import { expectAccessible } from "./helpers/a11y";
import { DEMO_ORGANISERS } from "./helpers/demo";
import { openMail } from "./helpers/mailbox";
import { E2E_BASE_URL } from "./helpers/server";
import { signedInPage } from "./helpers/session";

// The scheduler runs in this process: it seals links and builds URLs as the server does.
process.env.NEXTAUTH_SECRET ||= "e2e-secret-not-for-production";
process.env.APP_URL ||= E2E_BASE_URL;

const SHOTS = process.env.SHOTS_DIR || "test-results/screens/day-of";
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;
const HOUR = 3_600_000;

type Person = { id: string; email: string; token: string; code: string };

async function register(slug: string, name: string, sessionIds: string[], locale: "de" | "en" = "de"): Promise<Person> {
  const email = `day-of-${randomUUID().slice(0, 8)}@example.org`;
  const response = await fetch(`${E2E_BASE_URL}/api/conferences/${slug}/registrations`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ name, email, consent: true, sessionIds, locale, answers: {} }),
  });
  expect(response.status, await response.clone().text()).toBe(201);
  const body = await response.json();
  const row = await db.registration.findUniqueOrThrow({ where: { id: body.id }, select: { checkInCode: true } });
  return { id: body.id, email, token: String(body.manageUrl).split("/manage/")[1], code: row.checkInCode };
}

/** A conference of BiSMit (organiser) with EMMD as partner, running now: one session over, one to come. */
async function conferenceToday() {
  const [bismit, emmd] = await Promise.all([db.host.findUniqueOrThrow({ where: { slug: "bismit" } }), db.host.findUniqueOrThrow({ where: { slug: "emmd" } })]);
  const now = Date.now();
  const conference = await db.conference.create({
    data: {
      slug: `fachtag-${randomUUID().slice(0, 8)}`,
      title: "Fachtag Ganztag",
      startsAt: new Date(now - 4 * HOUR),
      endsAt: new Date(now + 6 * HOUR),
      timeZone: "Europe/Berlin",
      venueName: "Stadthalle Merseburg",
      venueAddress: "Oberaltenburg 1, 06217 Merseburg",
      status: "published",
      hosts: { create: [{ hostId: bismit.id, role: "organiser", position: 0 }, { hostId: emmd.id, role: "partner", position: 1 }] },
      rooms: { create: [{ name: "Großer Saal", position: 0 }, { name: "Werkstattraum", position: 1 }] },
    },
    include: { rooms: { orderBy: { position: "asc" } } },
  });
  const session = (title: string, hostId: string, room: number, from: number, to: number) =>
    db.session.create({ data: { conferenceId: conference.id, hostId, roomId: conference.rooms[room].id, title, startsAt: new Date(now + from * HOUR), endsAt: new Date(now + to * HOUR), status: "scheduled" } });
  const opening = await session("Ganztag gemeinsam gestalten", bismit.id, 0, -3, -2);
  const workshop = await session("Werkstatt Schulsozialarbeit", emmd.id, 1, -2, -1);
  const later = await session("Abschlussrunde", bismit.id, 0, 2, 3);
  return { conference, opening, workshop, later };
}

async function shoot(browser: Browser, path: string, name: string, email: string | null, prepare?: (page: Page) => Promise<void>) {
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    for (const locale of ["de", "en"] as const) {
      const page = email ? await signedInPage(browser, email, { locale: locale === "de" ? "de-DE" : "en-GB" }) : await (await browser.newContext({ baseURL: E2E_BASE_URL })).newPage();
      await page.setViewportSize(viewport);
      await page.goto(`${locale === "en" ? "/en" : ""}${path}`);
      if (prepare) await prepare(page);
      await expectAccessible(page);
      await page.screenshot({ path: `${SHOTS}/${name}-${size}-${locale}.png`, fullPage: true });
      await page.context().close();
    }
  }
}

test.describe("before, on and after the day", () => {
  test.describe.configure({ timeout: 600_000 });

  test("door staff check people in at a session; the counts per session follow", async ({ browser }) => {
    const t = await conferenceToday();
    const jorg = await register(t.conference.slug, "Jörg Müller", [t.opening.id, t.later.id]);
    const page = await signedInPage(browser, DEMO_ORGANISERS.bismitOwner);
    await page.goto(`/organiser/conferences/${t.conference.id}/check-in`);
    const door = page.getByLabel("Wo wird eingecheckt?");
    await expect(door.locator("option", { hasText: /^Abschlussrunde · .* · Großer Saal$/ })).toHaveAttribute("value", t.later.id);
    await door.selectOption(t.later.id);
    await page.getByLabel("Check-in-Code").fill(jorg.code.toLowerCase());
    await page.getByRole("button", { name: "Einchecken" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Willkommen, Jörg Müller! Für diesen Programmpunkt eingecheckt." })).toBeVisible();
    // The door stays chosen for the next scan; the second scan of the same person is "already".
    await expect(page.getByLabel("Wo wird eingecheckt?")).toHaveValue(t.later.id);
    await expect(page.getByTestId("check-in-sessions").locator(`[data-session-id="${t.later.id}"]`)).toContainText("1 eingecheckt · 1 bestätigter Platz");
    await expect(page.getByTestId("check-in-counts")).toContainText("1 von 1");
    await page.getByLabel("Check-in-Code").fill(jorg.code);
    await page.getByRole("button", { name: "Einchecken" }).click();
    await expect(page.getByRole("status").filter({ hasText: "ist für diesen Programmpunkt bereits eingecheckt" })).toBeVisible();
    expect(await db.sessionCheckIn.count({ where: { registrationId: jorg.id, sessionId: t.later.id } })).toBe(1);
    await expectAccessible(page);
    await shoot(browser, `/organiser/conferences/${t.conference.id}/check-in?session=${t.later.id}`, "check-in", DEMO_ORGANISERS.bismitOwner);
  });

  test("an attendee rates the sessions they attended on the manage page and can change it", async ({ browser }) => {
    const t = await conferenceToday();
    const ada = await register(t.conference.slug, "Ada Lovelace", [t.opening.id, t.workshop.id, t.later.id]);
    const owner = await db.user.findUniqueOrThrow({ where: { email: DEMO_ORGANISERS.bismitOwner } });
    // Seen at two doors; the last session has not ended yet.
    await db.registration.update({ where: { id: ada.id }, data: { checkedInAt: new Date(Date.now() - 3 * HOUR) } });
    for (const s of [t.opening, t.later]) await db.sessionCheckIn.create({ data: { registrationId: ada.id, sessionId: s.id, checkedInById: owner.id } });
    const page = await (await browser.newContext({ baseURL: E2E_BASE_URL })).newPage();
    await page.goto(`/manage/${ada.token}`);
    const section = page.getByRole("region", { name: "Wie war es?" });
    await expect(section).toBeVisible();
    await expect(section.getByText("Werkstatt Schulsozialarbeit")).toHaveCount(0); // not seen at that door
    await expect(section.locator(`[data-session-id="${t.later.id}"]`)).toContainText("sobald der Programmpunkt zu Ende ist");
    const form = section.getByRole("form", { name: /Ganztag gemeinsam gestalten/ });
    await form.getByLabel("4").check();
    await form.getByLabel("Kommentar (freiwillig)").fill("Viele gute Beispiele aus Leuna.");
    await form.getByRole("button", { name: "Bewertung senden" }).click();
    await expect(form.getByRole("status")).toHaveText("Danke! Ihre Bewertung ist gespeichert.");
    await page.reload();
    const again = page.getByRole("form", { name: /Ganztag gemeinsam gestalten/ });
    await expect(again.getByLabel("4")).toBeChecked();
    await expect(again.getByLabel("Kommentar (freiwillig)")).toHaveValue("Viele gute Beispiele aus Leuna.");
    await again.getByLabel("5 – sehr gut").check();
    await again.getByRole("button", { name: "Bewertung ändern" }).click();
    await expect(again.getByRole("status")).toBeVisible();
    expect(await db.sessionFeedback.findMany({ where: { registrationId: ada.id }, select: { rating: true, comment: true } })).toEqual([{ rating: 5, comment: "Viele gute Beispiele aus Leuna." }]);
    await expectAccessible(page);
    await shoot(browser, `/manage/${ada.token}`, "feedback-form", null, async (p) => {
      await p.locator("#feedback").scrollIntoViewIfNeeded();
    });
  });

  test("organisers see results per session without names; a partner host only its own sessions", async ({ browser }) => {
    const t = await conferenceToday();
    const people = await Promise.all(["Ben", "Carla", "Dana"].map((n) => register(t.conference.slug, n, [t.opening.id, t.workshop.id])));
    const ratings: [number, number, string | null][] = [[5, 3, "Sehr praxisnah."], [4, 2, "Zu wenig Zeit für Fragen."], [4, 4, null]];
    for (const [i, p] of people.entries()) {
      await db.registration.update({ where: { id: p.id }, data: { checkedInAt: new Date(Date.now() - 3 * HOUR) } });
      await db.sessionFeedback.create({ data: { registrationId: p.id, sessionId: t.opening.id, rating: ratings[i][0], comment: ratings[i][2] } });
      await db.sessionFeedback.create({ data: { registrationId: p.id, sessionId: t.workshop.id, rating: ratings[i][1] } });
    }
    const page = await signedInPage(browser, DEMO_ORGANISERS.bismitViewer);
    await page.goto(`/organiser/conferences/${t.conference.id}/feedback`);
    const opening = page.getByRole("region", { name: "Ganztag gemeinsam gestalten" });
    await expect(opening).toContainText("Durchschnitt 4,3 von 5");
    await expect(opening).toContainText("3 Bewertungen");
    await expect(opening.getByRole("listitem")).toHaveCount(2);
    await expect(opening).toContainText("Sehr praxisnah.");
    await expect(opening).toContainText("Zu wenig Zeit für Fragen.");
    await expect(page.getByText("Ben")).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Werkstatt Schulsozialarbeit" })).toContainText("Durchschnitt 3,0 von 5");
    await expectAccessible(page);
    const partner = await signedInPage(browser, DEMO_ORGANISERS.emmdOwner);
    await partner.goto(`/organiser/conferences/${t.conference.id}/feedback`);
    await expect(partner.getByRole("region", { name: "Werkstatt Schulsozialarbeit" })).toBeVisible();
    await expect(partner.getByRole("region", { name: "Ganztag gemeinsam gestalten" })).toHaveCount(0);
    await shoot(browser, `/organiser/conferences/${t.conference.id}/feedback`, "feedback-results", DEMO_ORGANISERS.bismitOwner);
  });

  /** A conference starting in 20 hours with the 48-hour reminder, and three people who registered last week. */
  async function conferenceTomorrow() {
    const bismit = await db.host.findUniqueOrThrow({ where: { slug: "bismit" } });
    const startsAt = new Date(Date.now() + 20 * HOUR);
    const conference = await db.conference.create({
      data: {
        slug: `vorabend-${randomUUID().slice(0, 8)}`,
        title: "Bildungskonferenz Süd",
        startsAt,
        endsAt: new Date(startsAt.getTime() + 8 * HOUR),
        timeZone: "Europe/Berlin",
        venueName: "Stadthalle Merseburg",
        venueAddress: "Oberaltenburg 1, 06217 Merseburg",
        status: "published",
        capacity: 2,
        hosts: { create: [{ hostId: bismit.id, role: "organiser" }] },
        rooms: { create: [{ name: "Großer Saal" }] },
        reminders: { create: { hoursBefore: 48, extraTextDe: "Parkplätze gibt es im Hof der Stadthalle.", extraTextEn: "Parking is available in the town hall's courtyard." } },
      },
      include: { rooms: true },
    });
    const session = await db.session.create({ data: { conferenceId: conference.id, hostId: bismit.id, roomId: conference.rooms[0].id, title: "Bildung im Strukturwandel", startsAt: new Date(startsAt.getTime() + HOUR), endsAt: new Date(startsAt.getTime() + 2 * HOUR), status: "scheduled" } });
    const greta = await register(conference.slug, "Greta Größe", [session.id]);
    const grace = await register(conference.slug, "Grace Hopper", [session.id], "en");
    const walter = await register(conference.slug, "Walter Warteliste", [session.id]);
    // They registered last week, before the reminder's time (48 hours before the start).
    await db.registration.updateMany({ where: { id: { in: [greta.id, grace.id, walter.id] } }, data: { consentAt: new Date(Date.now() - 7 * 24 * HOUR) } });
    return { conference, greta, grace, walter };
  }

  test("the reminder reaches registered people in their language, with agenda, way and QR code; the waiting list gets its own", async ({ browser }) => {
    const { conference, greta, grace, walter } = await conferenceTomorrow();
    const report = await runReminders({ conferenceIds: [conference.id] });
    expect(report.reminders.flatMap((r) => r.recipients.map((p) => p.name)).sort()).toEqual(["Grace Hopper", "Greta Größe", "Walter Warteliste"]);
    const cases = [
      [greta, "de", /Erinnerung: Bildungskonferenz Süd am/],
      [grace, "en", /Reminder: Bildungskonferenz Süd on/],
      [walter, "de", /Erinnerung – noch auf der Warteliste: Bildungskonferenz Süd/],
    ] as const;
    for (const [size, viewport] of Object.entries(VIEWPORTS)) {
      for (const [who, locale, subject] of cases) {
        const page = await (await browser.newContext({ baseURL: E2E_BASE_URL, viewport })).newPage();
        const text = await openMail(page, who.email, subject, locale);
        if (who === greta) {
          expect(text).toContain("Parkplätze gibt es im Hof der Stadthalle.");
          expect(text).toContain("Bildung im Strukturwandel");
          expect(text).toContain("openstreetmap.org/search?query=Oberaltenburg");
          expect(text).toContain(greta.code);
        }
        if (who === grace) expect(text).toContain("Parking is available in the town hall's courtyard.");
        if (who === walter) expect(text).toContain("stehen Sie weiterhin auf Platz 1");
        if (who !== walter) await expect(page.frameLocator("iframe.mail-frame").locator('img[src^="data:image/png"]')).toBeVisible();
        await page.screenshot({ path: `${SHOTS}/reminder-mail-${who === walter ? "waitlist" : locale}-${size}.png`, fullPage: true });
        await page.context().close();
      }
      // The mail itself, as an attendee's mail client shows it.
      for (const [who, name] of [[greta, "de"], [grace, "en"]] as const) {
        const mail = await db.devMailboxMessage.findFirstOrThrow({ where: { to: { contains: who.email }, subject: { startsWith: name === "de" ? "Erinnerung" : "Reminder" } } });
        const page = await (await browser.newContext({ viewport })).newPage();
        await page.setContent(mail.html ?? "");
        await page.screenshot({ path: `${SHOTS}/reminder-mail-content-${name}-${size}.png`, fullPage: true });
        await page.context().close();
      }
    }
    // A second run sends nothing more.
    expect((await runReminders({ conferenceIds: [conference.id] })).reminders).toEqual([]);
  });

  test("organisers see their reminders, add one and preview the mail for a sample attendee", async ({ browser }) => {
    const { conference } = await conferenceTomorrow();
    await runReminders({ conferenceIds: [conference.id] });
    const page = await signedInPage(browser, DEMO_ORGANISERS.bismitOwner);
    await page.goto(`/organiser/conferences/${conference.id}/reminders`);
    const reminder = page.getByTestId("reminder").first();
    await expect(reminder).toContainText("2 Tage vor Beginn");
    await expect(reminder).toContainText("an 3 Personen versandt");
    await expectAccessible(page);
    const add = page.getByRole("region", { name: "Weitere Erinnerung" });
    await add.getByLabel("Zeitpunkt").selectOption("2");
    await add.getByLabel("Zusätzlicher Text (Deutsch)").fill("Bitte Namensschild mitbringen.");
    await add.getByRole("button", { name: "Erinnerung hinzufügen" }).click();
    await expect(page.getByTestId("reminder")).toHaveCount(2);
    await expect(page.getByTestId("reminder").nth(1)).toContainText("2 Stunden vor Beginn");
    await expect(page.getByTestId("reminder").nth(1).getByLabel("Zusätzlicher Text (Deutsch)")).toHaveValue("Bitte Namensschild mitbringen.");
    await reminder.getByRole("button", { name: "Vorschau (Englisch)" }).click();
    await expect(reminder.getByTestId("reminder-preview")).toContainText("Reminder: Bildungskonferenz Süd");
    await expect(reminder.frameLocator("iframe").getByText("Jane Doe", { exact: false })).toBeVisible();
    await shoot(browser, `/organiser/conferences/${conference.id}/reminders`, "reminders", DEMO_ORGANISERS.bismitOwner);
    for (const [size, viewport] of Object.entries(VIEWPORTS)) {
      const p = await signedInPage(browser, DEMO_ORGANISERS.bismitOwner);
      await p.setViewportSize(viewport);
      await p.goto(`/organiser/conferences/${conference.id}/reminders`);
      await p.getByTestId("reminder").first().getByRole("button", { name: "Vorschau (Deutsch)" }).click();
      await expect(p.getByTestId("reminder-preview")).toBeVisible();
      await p.getByTestId("reminder-preview").scrollIntoViewIfNeeded();
      await p.screenshot({ path: `${SHOTS}/reminder-preview-${size}-de.png`, fullPage: true });
      await p.context().close();
    }
  });
});
