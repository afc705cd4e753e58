import "./helpers/database";
import { expect, test, type Page } from "@playwright/test";
import { db } from "../../lib/db";
import { expectAccessible } from "./helpers/a11y";
import { openMailbox } from "./helpers/mailbox";
import { DEMO_ORGANISERS, DEMO_SLUG } from "./helpers/demo";
import { signedInPage } from "./helpers/session";

/** Signs in the real way: request a link, open it from the development mailbox. */
async function signInByEmail(page: Page, email: string) {
  await page.goto("/signin");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByRole("button", { name: "Anmeldelink anfordern" }).click();
  await expect(page.getByRole("status")).toContainText("Bitte prüfen Sie Ihr Postfach");
  let link = "";
  await expect(async () => {
    await openMailbox(page);
    await page.locator("tr", { hasText: email }).filter({ hasText: "Anmeldelink" }).first().getByRole("link").first().click({ timeout: 1000 });
    link = /https?:\/\/\S+\/api\/auth\/callback\/email\?\S+/.exec((await page.getByTestId("mail-text").textContent()) ?? "")?.[0] ?? "";
    expect(link).not.toBe("");
  }).toPass({ timeout: 60_000 }); // the sender polls; a busy machine can take a while
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Veranstalterbereich" })).toBeVisible();
}

test("EMMD's editor schedules EMMD's session but cannot change BiSMit's; BiSMit's owner is refused a room clash, then reschedules and the attendee gets the update", async ({ page, browser }) => {
  const conference = await db.conference.findUniqueOrThrow({ where: { slug: DEMO_SLUG }, include: { rooms: true } });
  const bismitSession = await db.session.findFirstOrThrow({ where: { conferenceId: conference.id, title: { startsWith: "Berufsorientierung digital" } } });
  const before = { startsAt: bismitSession.startsAt, roomId: bismitSession.roomId, title: bismitSession.title, revision: bismitSession.revision };
  const secondDay = new Intl.DateTimeFormat("en-CA", { timeZone: conference.timeZone }).format(bismitSession.startsAt);

  // ── EMMD editor, signed in by the emailed link ──
  await signInByEmail(page, DEMO_ORGANISERS.emmdEditor);
  await page.getByRole("link", { name: "Zeitplan" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Zeitplan: Mitteldeutsche Bildungskonferenz");
  await page.getByRole("link", { name: /^Tag 2/ }).click();
  await expect(page).toHaveURL(new RegExp(`day=${secondDay}`));

  await page.getByRole("button", { name: "+ Programmpunkt anlegen" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByLabel("Verantwortlicher Träger").locator("option")).toHaveText([/^EMMD/]);
  await dialog.getByLabel("Titel", { exact: true }).fill("Sprechstunde Medienbildung");
  await dialog.getByLabel("Tag", { exact: true }).selectOption(secondDay);
  await dialog.getByLabel("Beginn").fill("13:00");
  await dialog.getByLabel("Dauer (Minuten)").fill("45");
  await dialog.getByLabel("Raum").selectOption({ label: "Werkstatt (16)" });
  await dialog.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByRole("status")).toContainText("„Sprechstunde Medienbildung“ angelegt.");
  const created = page.getByRole("article", { name: "Sprechstunde Medienbildung" });
  await expect(created).toContainText("13:00–13:45");
  const createdRow = await db.session.findFirstOrThrow({ where: { conferenceId: conference.id, title: "Sprechstunde Medienbildung" }, include: { host: true } });
  expect(createdRow.host.shortName).toBe("EMMD");

  // BiSMit's session is read-only for EMMD: no edit button, and the server refuses a direct change.
  const foreign = page.getByRole("article", { name: bismitSession.title });
  await expect(foreign).toContainText("nur lesen");
  await expect(foreign.getByRole("button")).toHaveCount(0);
  const refused = await page.request.patch(`/api/organiser/sessions/${bismitSession.id}`, { data: { title: "Übernommen von EMMD" } });
  expect(refused.status()).toBe(403);
  expect(await db.session.findUniqueOrThrow({ where: { id: bismitSession.id } })).toMatchObject(before);
  await expectAccessible(page);

  // ── BiSMit owner reschedules a session with an attendee ──
  const email = `umplanung-${Date.now()}@example.org`;
  const registered = await page.request.post(`/api/conferences/${DEMO_SLUG}/registrations`, {
    data: { name: "Rosa Umbach", email, locale: "de", consent: true, answers: { role: "schule" }, sessionIds: [bismitSession.id] },
  });
  expect(registered.status()).toBe(201);

  const owner = await signedInPage(browser, DEMO_ORGANISERS.bismitOwner);
  await owner.setViewportSize({ width: 1440, height: 1000 });
  await owner.goto(`/organiser/conferences/${conference.id}/timetable?day=${secondDay}`);
  await owner.getByRole("article", { name: bismitSession.title }).getByRole("button", { name: /Bearbeiten/ }).click();
  const edit = owner.getByRole("dialog");
  await edit.getByLabel("Raum").selectOption({ label: "Werkstatt (16)" });
  await edit.getByRole("button", { name: "Speichern" }).click();
  await expect(edit.getByRole("alert")).toContainText("Der Raum ist zu dieser Zeit schon durch „Jugendbeteiligung konkret: Werkstatt für Kommunen“ belegt.");
  expect(await db.session.findUniqueOrThrow({ where: { id: bismitSession.id } })).toMatchObject(before);

  await edit.getByLabel("Beginn").fill("14:45");
  await edit.getByRole("button", { name: "Speichern" }).click();
  await expect(owner.getByRole("status")).toContainText("gespeichert. 1 Teilnehmende*r wird benachrichtigt.");
  const moved = owner.getByRole("article", { name: bismitSession.title });
  await expect(moved).toContainText("14:45–16:15");
  const after = await db.session.findUniqueOrThrow({ where: { id: bismitSession.id }, include: { room: true } });
  expect(after.room?.name).toBe("Werkstatt");
  expect(after.revision).toBe(before.revision + 1);
  expect(await db.auditLog.count({ where: { entityId: bismitSession.id, action: "session.update" } })).toBe(1);
  await expectAccessible(owner);
  await owner.screenshot({ path: "test-results/screens/timetable-de.png", fullPage: false });

  // The attendee's updated invite arrives: same event, METHOD:REQUEST, the next SEQUENCE, the new room.
  await expect(async () => {
    const mail = await db.devMailboxMessage.findFirst({ where: { to: { contains: email }, subject: { startsWith: "Programmänderung" } } });
    expect(mail).not.toBeNull();
    const raw = mail!.raw.replace(/=\r?\n/g, "");
    expect(raw).toContain("METHOD:REQUEST");
    expect(raw).toContain(`SEQUENCE:${after.revision}`);
    expect(raw).toContain("Werkstatt");
  }).toPass({ timeout: 60_000 }); // the sender polls; a busy machine can take a while
  await owner.context().close();
});

test("a session is moved by drag and drop to another room and time", async ({ browser }) => {
  const conference = await db.conference.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
  const session = await db.session.findFirstOrThrow({ where: { conferenceId: conference.id, title: { startsWith: "Netzwerkabend" } } });
  const page = await signedInPage(browser, DEMO_ORGANISERS.emmdOwner);
  await page.setViewportSize({ width: 1440, height: 2000 });
  await page.goto(`/organiser/conferences/${conference.id}/timetable`);
  const block = page.getByRole("article", { name: session.title });
  await expect(block).toContainText("17:00–19:00");
  const lane = page.locator('.timetable__lane[data-room="Raum Saale"]');
  const box = (await lane.boundingBox())!;
  const blockBox = (await block.boundingBox())!;
  // Grab the block at its top edge and drop it where the 16:00 row begins in "Raum Saale".
  const sixteen = (await page.locator(".timetable__hour", { hasText: "16:00" }).boundingBox())!;
  const targetY = sixteen.y + 3;
  await page.mouse.move(blockBox.x + 10, blockBox.y + 3);
  await page.mouse.down();
  await page.mouse.move(box.x + 20, targetY - 20, { steps: 5 });
  await page.mouse.move(box.x + 20, targetY, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByRole("status")).toContainText("gespeichert");
  await expect(page.getByRole("article", { name: session.title })).toContainText("16:00–18:00");
  const after = await db.session.findUniqueOrThrow({ where: { id: session.id }, include: { room: true } });
  expect(after.room?.name).toBe("Raum Saale");
  await page.context().close();
});
