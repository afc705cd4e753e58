/**
 * A new organisation takes Tagung into use: the first administrator comes from `npm run
 * admin:create` (run here against the browser tests' database), creates the organisation's host,
 * invites a colleague, who accepts and creates the first conference. German, with screenshots.
 * (The browser tests' server seeds the demo; that TAGUNG_DEMO=off seeds nothing is tested in
 * tests/integration/first-run.test.ts.)
 */
import "./helpers/database";
import { execFileSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { db } from "../../lib/db";
import { expectAccessible } from "./helpers/a11y";
import { E2E_DATABASE_URL } from "./helpers/database";
import { mailTo } from "./helpers/mailbox";
import { E2E_BASE_URL } from "./helpers/server";
import { DEMO_ORGANISERS } from "./helpers/demo";
import { apiAs, signedInPage } from "./helpers/session";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/** `npm run admin:create -- --email … --name …` with the server's database, secret and address; returns what it printed. */
function adminCreate(email: string, name?: string): string {
  return execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--tsconfig=tsconfig.scripts.json", "scripts/admin-create.ts", "--email", email, ...(name ? ["--name", name] : [])], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL, APP_URL: E2E_BASE_URL, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || "e2e-secret-not-for-production" },
  });
}

function printedLink(output: string): string {
  const link = /http:\/\/\S+\/api\/auth\/callback\/email\?\S+/.exec(output)?.[0];
  expect(link, output).toBeTruthy();
  return link!;
}

async function shoot(page: Page, name: string, sizes: ("desktop" | "phone")[] = ["desktop", "phone"]) {
  for (const size of sizes) {
    await page.setViewportSize(size === "desktop" ? DESKTOP : PHONE);
    // Wide tables scroll inside their box; the page itself never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} ${size}`).toBeLessThanOrEqual((size === "desktop" ? DESKTOP : PHONE).width);
    await page.screenshot({ path: `test-results/screens/${name}-${size}.png`, fullPage: true });
  }
  await page.setViewportSize(DESKTOP);
}

test("a new organisation: first administrator from admin:create, its own host, an invited colleague creates the first conference", async ({ browser }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const adminEmail = `leitung-${stamp}@saale-netz.example.org`;
  const colleagueEmail = `kollegin-${stamp}@saale-netz.example.org`;
  const slug = `saale-netz-${stamp}`;

  // ── The first administrator: no SMTP, no mailbox, just the printed link ──
  const output = adminCreate(adminEmail, "Henrike Leitung");
  expect(output).toContain(`${adminEmail} created.`);
  const link = printedLink(output);
  const adminContext = await browser.newContext({ baseURL: E2E_BASE_URL, locale: "de-DE", viewport: DESKTOP });
  const admin = await adminContext.newPage();
  await admin.goto(link);
  await expect(admin).toHaveURL(`${E2E_BASE_URL}/organiser`);
  await expect(admin.getByRole("heading", { level: 1, name: "Veranstalterbereich" })).toBeVisible();
  await expect(admin.getByText(`Angemeldet als ${adminEmail}`)).toBeVisible();

  // ── The organisation's own host ──
  await admin.getByRole("link", { name: "Verwaltung: Träger und Teams" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Verwaltung" })).toBeVisible();
  const create = admin.getByRole("region", { name: "Neuen Träger anlegen" });
  await create.getByLabel("Name", { exact: true }).fill("Bildungsnetzwerk Saale e. V.");
  await create.getByLabel("Kurzname", { exact: true }).fill("Saale-Netz");
  await create.getByLabel("Kurzadresse").fill("Saale Netz");
  await create.getByLabel("Website").fill("https://saale-netz.example.org");
  await create.getByLabel("Kontakt-E-Mail").fill("kontakt@saale-netz.example.org");
  // Refused input is named per field (the browser's own checks are bypassed to reach the server's).
  await create.locator("form").evaluate((form) => form.setAttribute("novalidate", ""));
  await create.getByRole("button", { name: "Träger anlegen" }).click();
  await expect(create.getByRole("alert")).toContainText("Kurzadresse: Nur Kleinbuchstaben, Ziffern und Bindestriche.");
  // What was typed stays until it is saved.
  await expect(create.getByLabel("Kontakt-E-Mail")).toHaveValue("kontakt@saale-netz.example.org");
  await create.getByLabel("Kurzadresse").fill(slug);
  await create.getByRole("button", { name: "Träger anlegen" }).click();
  await expect(create.getByRole("status")).toContainText("Träger „Saale-Netz“ angelegt.");
  await expect(create.getByLabel("Kurzadresse")).toHaveValue("");
  const host = await db.host.findUniqueOrThrow({ where: { slug } });
  expect(host).toMatchObject({ name: "Bildungsnetzwerk Saale e. V.", shortName: "Saale-Netz", contactEmail: "kontakt@saale-netz.example.org", isDemo: false });
  await expectAccessible(admin);
  await shoot(admin, "admin-hosts-de");

  // ── Invite a colleague as owner ──
  await admin.getByRole("link", { name: "Team von Saale-Netz verwalten" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Träger: Saale-Netz" })).toBeVisible();
  // The host's print colour: the hex field beside the picker; the picker follows it.
  const details = admin.getByRole("region", { name: "Angaben zum Träger" });
  await details.getByLabel("Farbe für Ausdrucke (optional)").fill("#E6007E");
  await expect(details.getByLabel("Farbe wählen")).toHaveValue("#e6007e");
  await details.getByRole("button", { name: "Angaben speichern" }).click();
  await expect(details.getByRole("status")).toContainText("Gespeichert.");
  expect((await db.host.findUniqueOrThrow({ where: { slug } })).colour).toBe("#e6007e");
  await expect(admin.getByTestId("host-log")).toContainText("#e6007e");
  await expect(admin.getByText("Noch niemand im Team. Laden Sie unten jemanden ein.")).toBeVisible();
  const invite = admin.getByRole("region", { name: "Jemanden einladen" });
  await invite.getByLabel("E-Mail-Adresse").fill(colleagueEmail);
  await invite.getByLabel("Rolle", { exact: true }).selectOption({ label: "Inhaber*in" });
  await invite.getByRole("button", { name: "Einladung senden" }).click();
  await expect(invite.getByRole("status")).toContainText(`Einladung an ${colleagueEmail} gesendet.`);
  await expect(admin.getByTestId("invitations")).toContainText(colleagueEmail);
  await expect(admin.getByTestId("invitations")).toContainText("Inhaber");
  await expectAccessible(admin);
  await shoot(admin, "admin-host-de");
  const audit = await db.auditLog.findMany({ where: { actorUserId: (await db.user.findUniqueOrThrow({ where: { email: adminEmail } })).id }, select: { action: true, conferenceId: true } });
  expect(audit).toEqual(expect.arrayContaining([{ action: "host.create", conferenceId: null }, { action: "invitation.create", conferenceId: null }]));

  // ── The colleague reads the invitation and accepts it in their own browser ──
  const mail = await mailTo(colleagueEmail, /^Einladung ins Team von Saale-Netz$/);
  expect(mail.text).toContain("Henrike Leitung lädt Sie ein");
  const inviteUrl = /https?:\/\/\S+\/invite\/[A-Za-z0-9_-]{43}/.exec(mail.text ?? "")?.[0];
  expect(inviteUrl).toBeTruthy();
  const colleagueContext = await browser.newContext({ baseURL: E2E_BASE_URL, locale: "de-DE", viewport: DESKTOP });
  const colleague = await colleagueContext.newPage();
  await colleague.goto(inviteUrl!);
  await expect(colleague.getByRole("heading", { level: 1, name: "Einladung ins Team" })).toBeVisible();
  await expect(colleague.getByText("Sie wurden eingeladen, im Team von Bildungsnetzwerk Saale e. V. mitzuarbeiten, mit der Rolle „Inhaber*in“.")).toBeVisible();
  await expectAccessible(colleague);
  await shoot(colleague, "invite-de");
  await colleague.getByRole("button", { name: "Einladung annehmen und anmelden" }).click();
  await expect(colleague).toHaveURL(`${E2E_BASE_URL}/organiser`);
  await expect(colleague.getByText(`Angemeldet als ${colleagueEmail}`)).toBeVisible();
  await expect(colleague.getByText("Ihre Rollen: Saale-Netz (Inhaber*in)")).toBeVisible();
  // Single use: the link now says so.
  const again = await browser.newPage({ baseURL: E2E_BASE_URL, locale: "de-DE" });
  await again.goto(inviteUrl!);
  await expect(again.getByRole("status")).toContainText("Diese Einladung wurde bereits angenommen.");
  await again.close();

  // ── …and creates the organisation's first conference ──
  await colleague.getByRole("link", { name: "+ Neue Veranstaltung" }).click();
  await colleague.getByLabel("Veranstaltender Träger").selectOption({ label: "Saale-Netz – Bildungsnetzwerk Saale e. V." });
  const year = new Date().getFullYear() + 1;
  await colleague.getByLabel("Titel", { exact: true }).fill("Saaletaler Bildungstag");
  await colleague.getByLabel("Adresse (Kurzname)").fill(`bildungstag-${stamp}`);
  await colleague.getByLabel("Veranstaltungsort").fill("Volkshochschule Halle");
  await colleague.getByLabel("Anschrift").fill("Diesterwegstraße 2, 06128 Halle (Saale)");
  await colleague.getByLabel(/^Erster Tag/).fill(`${year}-09-17`);
  await colleague.getByLabel(/^Letzter Tag/).fill(`${year}-09-17`);
  await colleague.getByRole("button", { name: "Als Entwurf anlegen" }).click();
  await expect(colleague).toHaveURL(/\/organiser\/conferences\/[^/]+\/settings\?created=1$/);
  const conference = await db.conference.findUniqueOrThrow({ where: { slug: `bildungstag-${stamp}` }, include: { hosts: true } });
  expect(conference.hosts.map((h) => [h.hostId, h.role])).toEqual([[host.id, "organiser"]]);

  // ── Back at the host: the colleague is an owner; the last owner cannot step down ──
  await admin.reload();
  const members = admin.getByTestId("members");
  await expect(members).toContainText(colleagueEmail);
  await expect(admin.getByText("Keine offenen Einladungen.")).toBeVisible();
  const log = admin.getByTestId("host-log");
  await expect(log).toContainText("Träger angelegt");
  await expect(log).toContainText("Eingeladen");
  await expect(log.locator("tr", { hasText: "Einladung angenommen" })).toContainText(colleagueEmail);
  await members.getByLabel(`Rolle von ${colleagueEmail}`).selectOption({ label: "Redaktion" });
  await members.getByRole("button", { name: `Rolle ändern – ${colleagueEmail}` }).click();
  await expect(members.getByRole("alert")).toContainText("Ein Träger braucht mindestens eine Person mit der Rolle Inhaber*in.");
  expect((await db.membership.findFirstOrThrow({ where: { hostId: host.id } })).role).toBe("owner");

  // ── The same pages in English ──
  await admin.goto("/en/organiser/admin");
  await expect(admin.getByRole("heading", { level: 1, name: "Administration" })).toBeVisible();
  await expectAccessible(admin);
  await shoot(admin, "admin-hosts-en");
  await admin.goto(`/en/organiser/admin/hosts/${host.id}`);
  await expect(admin.getByRole("heading", { level: 1, name: "Host: Saale-Netz" })).toBeVisible();
  await expectAccessible(admin);
  await shoot(admin, "admin-host-en");
  await admin.goto("/organiser/admin/users");
  await expect(admin.getByTestId("users")).toContainText(colleagueEmail);
  await expectAccessible(admin);
  await shoot(admin, "admin-users-de");
  await admin.goto("/en/organiser/admin/users");
  await shoot(admin, "admin-users-en", ["desktop"]);
  await adminContext.close();
  await colleagueContext.close();
});

test("the link admin:create prints signs in once, and not after its 10 minutes; a rerun prints a fresh one", async ({ browser }) => {
  const email = `admin-${Date.now()}@example.org`;
  const first = printedLink(adminCreate(email));
  const page = await browser.newPage({ baseURL: E2E_BASE_URL, locale: "de-DE" });
  await page.goto(first);
  await expect(page.getByRole("heading", { level: 1, name: "Veranstalterbereich" })).toBeVisible();
  const other = await browser.newPage({ baseURL: E2E_BASE_URL, locale: "de-DE" });
  await other.goto(first);
  await expect(other).toHaveURL(/\/signin\?error=Verification/);
  await expect(other.getByText("Der Anmeldelink ist ungültig, abgelaufen oder wurde schon benutzt", { exact: false })).toBeVisible();

  const output = adminCreate(email);
  expect(output).toContain(`${email} is already a platform administrator.`);
  const fresh = printedLink(output);
  expect(fresh).not.toBe(first);
  await db.verificationToken.updateMany({ where: { identifier: email }, data: { expires: new Date(Date.now() - 1000) } });
  await other.goto(fresh);
  await expect(other).toHaveURL(/\/signin\?error=Verification/);
  await page.close();
  await other.close();
});

test("someone who belongs to no host sees a friendly page instead of an empty workspace; the administration is not theirs", async ({ browser }) => {
  const user = await db.user.create({ data: { email: `ohne-traeger-${Date.now()}@example.org` } });
  const page = await signedInPage(browser, user.email);
  await page.setViewportSize(DESKTOP);
  await page.goto("/organiser");
  await expect(page.getByRole("heading", { level: 1, name: "Noch keinem Träger zugeordnet" })).toBeVisible();
  await expect(page.getByText(`Sie sind als ${user.email} angemeldet`)).toBeVisible();
  await expect(page.getByRole("link", { name: "+ Neue Veranstaltung" })).toHaveCount(0);
  await expectAccessible(page);
  await shoot(page, "no-host-de");
  await page.goto("/en/organiser");
  await expect(page.getByRole("heading", { level: 1, name: "Not part of a host yet" })).toBeVisible();
  await shoot(page, "no-host-en");
  const admin = await page.request.get("/organiser/admin", { maxRedirects: 0 });
  expect(admin.status()).toBe(404);
  await page.context().close();
});

test("administration pages: anonymous visitors sign in first; owners see only their hosts' teams, admins everything, others nothing", async () => {
  const [emmd, bismit] = await Promise.all([db.host.findUniqueOrThrow({ where: { slug: "emmd" } }), db.host.findUniqueOrThrow({ where: { slug: "bismit" } })]);
  const paths = { index: "/organiser/admin", users: "/organiser/admin/users", emmd: `/organiser/admin/hosts/${emmd.id}`, bismit: `/organiser/admin/hosts/${bismit.id}` };
  const anonymous = await apiAs(null);
  for (const path of Object.values(paths)) {
    const response = await anonymous.get(path);
    expect(response.status(), path).toBeGreaterThanOrEqual(300);
    expect(response.headers().location, path).toContain("/signin");
  }
  await anonymous.dispose();
  const expected: [string, Record<keyof typeof paths, number>][] = [
    [DEMO_ORGANISERS.emmdOwner, { index: 200, users: 404, emmd: 200, bismit: 404 }],
    [DEMO_ORGANISERS.emmdEditor, { index: 404, users: 404, emmd: 404, bismit: 404 }],
    [DEMO_ORGANISERS.bismitViewer, { index: 404, users: 404, emmd: 404, bismit: 404 }],
    [DEMO_ORGANISERS.admin, { index: 200, users: 200, emmd: 200, bismit: 200 }],
  ];
  for (const [email, statuses] of expected) {
    const client = await apiAs(email);
    for (const [key, path] of Object.entries(paths) as [keyof typeof paths, string][]) expect((await client.get(path)).status(), `${email} ${path}`).toBe(statuses[key]);
    await client.dispose();
  }
});
