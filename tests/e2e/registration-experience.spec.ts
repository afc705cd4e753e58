/**
 * Issue 14, points 1, 2 and 5: the registration form says everything at once, overlapping
 * sessions cannot be ticked together, the confirmation is the manage page (dates, QR code,
 * calendar) and survives a reload; German titles decline; the favicon is served.
 */
import "./helpers/database";
import fs from "node:fs";
import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { db } from "../../lib/db";
import { expectAccessible } from "./helpers/a11y";
import { DEMO_SLUG } from "./helpers/demo";

const SHOTS = "/work/shots/ux-form";
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

const TITLES = {
  a: "Berufsorientierung, die ankommt: Praxisbeispiele aus Schulen",
  b: "Bildungsmonitoring für die berufsbezogene Weiterbildung", // same time as a
  dayTwo: "Fachkräftesicherung in der Region: Zahlen, Trends, Handlungsfelder",
};
/** What the English pages show: the English titles the demo carries (prisma/seed.ts). */
const ENGLISH_TITLES: Record<keyof typeof TITLES, string> = {
  a: "Career guidance that works: examples from schools",
  b: "Education monitoring for vocational further education",
  dayTwo: "Skilled workers in the region: figures, trends, fields of action",
};
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

async function demoSession(title: string) {
  return db.session.findFirstOrThrow({ where: { title, conference: { slug: DEMO_SLUG } } });
}

/** "11:30" as the conference (Europe/Berlin) shows an instant; the browser runs in New York. */
function berlinTime(d: Date) {
  return new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", hour: "2-digit", minute: "2-digit" }).format(d);
}
/** "11. März" / "11 Mar", as the agenda shows a day. */
function berlinDay(d: Date, locale: "de" | "en" = "de") {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "de-DE", { timeZone: "Europe/Berlin", day: "numeric", month: "short" }).format(d);
}

/** Headings never skip a level (h1 → h3), checked by hand and by axe's heading-order rule. */
async function expectHeadingOrder(page: Page) {
  const levels = await page.locator("h1, h2, h3, h4, h5, h6").evaluateAll((els) => els.map((e) => Number(e.tagName.slice(1))));
  expect(levels[0]).toBe(1);
  for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1], `heading ${i} (h${levels[i]}) after h${levels[i - 1]}: ${levels.join(",")}`).toBeLessThanOrEqual(1);
  const axe = await new AxeBuilder({ page }).withRules(["heading-order"]).analyze();
  expect(axe.violations.map((v) => v.nodes.map((n) => n.target.join(" ")))).toEqual([]);
}

async function shoot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const [label, size] of [["desktop", DESKTOP], ["phone", PHONE]] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${SHOTS}/${name}-${label}.png`, fullPage: true });
  }
  await page.setViewportSize(DESKTOP);
}

const TEXT = {
  de: {
    prefix: "",
    heading: /^Anmeldung zur Mitteldeutschen Bildungskonferenz \d{4}$/,
    submit: "Verbindlich anmelden",
    summary: "Die Anmeldung konnte nicht abgeschlossen werden",
    required: "Bitte füllen Sie dieses Feld aus.",
    overlap: "finden gleichzeitig statt",
    consentError: "Datenschutzhinweise",
    clash: "bitte wählen Sie einen der beiden ab",
    blocked: `Nicht wählbar: überschneidet sich mit „${TITLES.a}“.`,
    titles: TITLES,
    name: "Vor- und Nachname",
    email: "E-Mail-Adresse",
    role: "Schule oder Bildungseinrichtung",
    roleGroup: "In welchem Bereich arbeiten Sie?",
    consent: /Ich habe die Datenschutzhinweise gelesen/,
    thanks: "Vielen Dank für Ihre Anmeldung!",
    confirmed: "Ihre Anmeldung ist bestätigt.",
    manageHeading: "Ihre Anmeldung",
    lead: /^zur Mitteldeutschen Bildungskonferenz \d{4}$/,
    ics: "Zum Kalender hinzufügen (.ics)",
    subscribe: "Kalender abonnieren",
    qr: /QR-Code für den Check-in mit dem Code [A-Z2-9]{10}/,
  },
  en: {
    prefix: "/en",
    heading: /^Registration for Central German Education Conference \d{4}$/,
    submit: "Register",
    summary: "Your registration could not be completed",
    required: "Please fill in this field.",
    overlap: "take place at the same time",
    consentError: "privacy notice",
    clash: "please untick one of them",
    blocked: `Not available: overlaps with “${ENGLISH_TITLES.a}”.`,
    titles: ENGLISH_TITLES,
    name: "Full name",
    email: "Email address",
    role: "School or education provider",
    roleGroup: "Which sector do you work in?",
    consent: /I have read the privacy notice/,
    thanks: "Thank you for registering!",
    confirmed: "Your registration is confirmed.",
    manageHeading: "Your registration",
    lead: /^for Central German Education Conference \d{4}$/,
    ics: "Add to calendar (.ics)",
    subscribe: "Subscribe to calendar",
    qr: /QR code for check-in with the code [A-Z2-9]{10}/,
  },
} as const;

for (const locale of ["de", "en"] as const) {
  const c = TEXT[locale];

  test(`${locale}: one submit reports every problem, overlaps cannot be ticked, the confirmation is the manage page and survives a reload`, async ({ page }) => {
    test.setTimeout(120_000);
    const [a, b, dayTwo] = [await demoSession(TITLES.a), await demoSession(TITLES.b), await demoSession(TITLES.dayTwo)];
    const shown = c.titles;
    await page.setViewportSize(DESKTOP);
    // Both overlapping sessions preselected (as links can do): the server must still refuse them, in the same answer as the rest.
    await page.goto(`${c.prefix}/conferences/${DEMO_SLUG}/register?session=${a.id}&session=${b.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(c.heading);

    // Required fields are marked, for the eye and for assistive technology.
    await expect(page.getByLabel(c.name)).toHaveAttribute("required", "");
    await expect(page.getByRole("radiogroup", { name: c.roleGroup })).toHaveAttribute("aria-required", "true");
    await expect(page.getByRole("radiogroup", { name: c.roleGroup }).locator(".required-mark")).toBeVisible();
    // The preselected clash is named on both boxes (further sessions at that time are blocked).
    const clashes = page.locator(".picker-item--clash").getByTestId("overlap-reason");
    await expect(clashes).toHaveCount(2);
    await expect(clashes.first()).toContainText(c.clash);

    await page.getByRole("button", { name: c.submit, exact: true }).click();
    const summary = page.locator(".error-summary");
    await expect(summary).toContainText(c.summary);
    await expect(summary.getByRole("listitem")).toHaveCount(5);
    await expect(page.locator("#field-name-error")).toHaveText(c.required);
    await expect(page.locator("#field-email-error")).toHaveText(c.required);
    await expect(page.locator("#field-answers-role-error")).toHaveText(c.required);
    await expect(page.locator("#sessionIds-error")).toContainText(c.overlap);
    await expect(page.locator("#field-consent-error")).toContainText(c.consentError);
    await expectAccessible(page);
    await expectHeadingOrder(page);
    await shoot(page, `form-errors-${locale}`);

    // Untick one of the two: now it cannot be ticked again while the other is chosen, and says why.
    await page.getByRole("checkbox", { name: new RegExp(escape(shown.b)) }).uncheck();
    // Changing the choice answers the overlap complaint; the other problems stay listed.
    await expect(page.locator("#sessionIds-error")).toHaveCount(0);
    await expect(summary.getByRole("listitem")).toHaveCount(4);
    const blocked = page.getByRole("checkbox", { name: new RegExp(escape(shown.b)) });
    await expect(blocked).toBeDisabled();
    await expect(blocked).toHaveAccessibleDescription(c.blocked);
    await expect(page.locator(".picker-item", { hasText: shown.b }).getByTestId("overlap-reason")).toHaveText(c.blocked);
    await page.getByRole("checkbox", { name: new RegExp(escape(shown.a)) }).uncheck();
    await expect(blocked).toBeEnabled();
    await page.getByRole("checkbox", { name: new RegExp(escape(shown.a)) }).check();
    await page.getByRole("checkbox", { name: new RegExp(escape(shown.dayTwo)) }).check();
    await expectAccessible(page);
    await page.locator(".picker-item", { hasText: shown.b }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/picker-blocked-${locale}-desktop.png` });

    const email = `experience-${locale}-${randomUUID().slice(0, 8)}@example.org`;
    await page.getByLabel(c.name).fill("Zoë Ağaoğlu-O'Brien");
    await page.getByLabel(c.email).fill(email);
    await page.getByRole("radio", { name: c.role }).check();
    await page.getByRole("checkbox", { name: c.consent }).check();
    await page.getByRole("button", { name: c.submit, exact: true }).click();

    // The manage page is the confirmation.
    await expect(page).toHaveURL(new RegExp(`${c.prefix}/manage/[A-Za-z0-9_-]{43}\\?welcome=1$`));
    const check = async () => {
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(c.manageHeading);
      await expect(page.locator(".lead")).toHaveText(c.lead);
      await expect(page.getByTestId("registration-result")).toContainText(c.thanks);
      await expect(page.getByTestId("registration-result")).toContainText(email);
      await expect(page.getByTestId("confirmation")).toContainText(c.confirmed);
      const qr = page.getByTestId("check-in-pass").getByRole("img");
      await expect(qr).toHaveAttribute("alt", c.qr);
      await expect(qr).toHaveAttribute("src", /^data:image\/svg\+xml;base64,/);
      expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      // Each session with its own day and time, in the conference's zone (two days).
      const agenda = page.getByTestId("agenda");
      for (const [s, title] of [
        [a, shown.a],
        [dayTwo, shown.dayTwo],
      ] as const) {
        const item = agenda.getByRole("listitem").filter({ hasText: title });
        await expect(item).toContainText(berlinDay(s.startsAt, locale));
        await expect(item).toContainText(`${berlinTime(s.startsAt)}–${berlinTime(s.endsAt)}`);
      }
      expect(berlinDay(a.startsAt)).not.toBe(berlinDay(dayTwo.startsAt));
      await expect(page.getByRole("link", { name: c.ics })).toHaveAttribute("href", /^data:text\/calendar/);
      await expect(page.getByRole("link", { name: c.subscribe })).toHaveAttribute("href", /^webcal:\/\/.+\/api\/agenda\/[A-Za-z0-9_-]{43}\/calendar\.ics$/);
      await expect(page.getByTestId("manage-url")).toHaveValue(new RegExp(`${new URL(page.url()).pathname}$`));
    };
    await check();
    await expectAccessible(page);
    await expectHeadingOrder(page);
    await shoot(page, `confirmation-${locale}`);

    // The subscription address works and belongs to this registration's feed.
    const feed = new URL(await page.getByTestId("feed-url").inputValue()).pathname;
    const feedResponse = await page.request.get(feed);
    expect(feedResponse.status()).toBe(200);
    // iCalendar folds lines at 75 octets and escapes commas and semicolons in text.
    const unfold = (ics: string) => ics.replace(/\r?\n[ \t]/g, "").replace(/\\([,;])/g, "$1");
    expect(unfold(await feedResponse.text())).toContain(shown.dayTwo);
    // The .ics download: the conference and both sessions, at their instants (UTC).
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: c.ics }).click()]);
    expect(download.suggestedFilename()).toBe("agenda.ics");
    const ics = unfold(fs.readFileSync((await download.path())!, "utf8"));
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
    for (const s of [a, dayTwo]) expect(ics).toContain(`DTSTART:${stamp(s.startsAt)}`);
    expect(ics).toContain(shown.a);

    await page.reload();
    await check();
  });
}

test("a conference with its own dative reads “zum …” and shows waiting-list positions per session on two days", async ({ page }) => {
  const demo = await db.conference.findUniqueOrThrow({ where: { slug: DEMO_SLUG }, include: { hosts: true } });
  const stamp = Date.now();
  const conference = await db.conference.create({
    data: {
      slug: `digitaltag-${stamp}`,
      title: `Digitaltag Leipzig ${stamp}`,
      titleDative: `dem Digitaltag Leipzig ${stamp}`,
      startsAt: demo.startsAt,
      endsAt: demo.endsAt,
      venueName: "Haus des Buches",
      venueAddress: "Gerichtsweg 28, 04103 Leipzig",
      status: "published",
      capacity: 0,
      hosts: { create: { hostId: demo.hosts[0].hostId, role: "organiser" } },
    },
  });
  const start = new Date(demo.startsAt.getTime() + 2 * 3600_000);
  const nextDay = new Date(start.getTime() + 24 * 3600_000);
  const full = await db.session.create({ data: { conferenceId: conference.id, hostId: demo.hosts[0].hostId, title: "Volle Werkstatt", startsAt: start, endsAt: new Date(start.getTime() + 3600_000), capacity: 0, status: "scheduled" } });
  const open = await db.session.create({ data: { conferenceId: conference.id, hostId: demo.hosts[0].hostId, title: "Offener Vortrag", startsAt: nextDay, endsAt: new Date(nextDay.getTime() + 3600_000), status: "scheduled" } });

  await page.goto(`/conferences/${conference.slug}/register`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Anmeldung zum Digitaltag Leipzig ${stamp}`);

  const response = await page.request.post(`/api/conferences/${conference.slug}/registrations`, {
    data: { name: "Ina Warte", email: `warte-${stamp}@example.org`, consent: true, sessionIds: [full.id, open.id], locale: "de" },
  });
  expect(response.status()).toBe(201);
  const body = await response.json();
  await page.goto(`${new URL(body.manageUrl).pathname}?welcome=1`);
  await expect(page.locator(".lead")).toHaveText(`zum Digitaltag Leipzig ${stamp}`);
  const status = page.getByTestId("confirmation");
  await expect(status).toContainText("Warteliste");
  await expect(status).toContainText("Sie stehen auf Platz 1 der Warteliste.");
  // Waiting for the conference: no check-in code yet.
  await expect(page.getByTestId("check-in-pass")).toHaveCount(0);
  const agenda = page.getByTestId("agenda");
  await expect(agenda.getByRole("listitem").filter({ hasText: "Volle Werkstatt" })).toContainText("Platz 1 der Warteliste");
  await expect(agenda.getByRole("listitem").filter({ hasText: "Volle Werkstatt" })).toContainText(berlinDay(start));
  await expect(agenda.getByRole("listitem").filter({ hasText: "Offener Vortrag" })).toContainText(berlinDay(nextDay));
  await expectAccessible(page);
  await shoot(page, "confirmation-waitlisted-de");

  // The same confirmation in English (the conference has no English title: the German one, marked).
  await page.goto(`/en${new URL(body.manageUrl).pathname}?welcome=1`);
  await expect(status).toContainText("You are number 1 on the waiting list.");
  await expect(agenda.getByRole("listitem").filter({ hasText: "Volle Werkstatt" })).toContainText("Number 1 on the waiting list");
  await expect(agenda.getByRole("listitem").filter({ hasText: "Volle Werkstatt" })).toContainText(berlinDay(start, "en"));
  await expectAccessible(page);
  await shoot(page, "confirmation-waitlisted-en");
});

test("the favicon is the app's own, linked from every page", async ({ page }) => {
  await page.goto("/");
  const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(href).toMatch(/^\/icon\.svg/);
  const icon = await page.request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  expect(await icon.text()).toContain("<svg");
});
