import "./helpers/database";
import { expect, test } from "@playwright/test";
import { db } from "../../lib/db";
import { expectAccessible } from "./helpers/a11y";
import { DEMO_ORGANISERS, DEMO_SLUG } from "./helpers/demo";
import { signedInPage } from "./helpers/session";

const SPEAKER = "Dr. Testine Beispiel";
const FIRST = "Berufsorientierung, die ankommt: Praxisbeispiele aus Schulen";
const PARALLEL = "Bildungsmonitoring für die berufsbezogene Weiterbildung";

test("BiSMit's owner adds a room, a track and a speaker, assigns the speaker in the timetable and is refused a double booking", async ({ browser }) => {
  // Three pages, two dialogs, four axe runs and five screenshots: on a busy 2-core machine that
  // takes longer than the default 60 s (it timed out there), so this scenario gets 3 minutes.
  test.setTimeout(180_000);
  const conference = await db.conference.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
  const page = await signedInPage(browser, DEMO_ORGANISERS.bismitOwner);
  await page.setViewportSize({ width: 1280, height: 900 });
  page.on("dialog", (d) => void d.accept());
  await page.goto(`/organiser/conferences/${conference.id}/timetable`);
  await page.getByRole("link", { name: /^Räume/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Räume, Tracks und Referierende");
  const roomsRegion = page.getByRole("region", { name: "Räume" });
  const tracksRegion = page.getByRole("region", { name: "Tracks" });
  const speakersRegion = page.getByRole("region", { name: "Referierende" });

  // ── Rooms: a taken name is an inline error; a new one lands at the end and can move up ──
  const addRoom = page.getByRole("form", { name: "Neuer Raum" });
  await addRoom.getByLabel("Name").fill("werkstatt");
  await addRoom.getByRole("button", { name: "Raum anlegen" }).click();
  await expect(addRoom.getByText("Diesen Namen gibt es in dieser Veranstaltung schon.")).toBeVisible();
  await expect(addRoom.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
  await addRoom.getByLabel("Name").fill("Forum Dach");
  await addRoom.getByLabel(/Plätze/).fill("24");
  await addRoom.getByRole("button", { name: "Raum anlegen" }).click();
  await expect(roomsRegion.getByRole("status")).toContainText("Raum „Forum Dach“ angelegt.");
  const rooms = page.getByTestId("rooms");
  await expect(rooms.locator("tbody th")).toHaveText(["Saal Merseburg", "Raum Saale", "Raum Geisel", "Werkstatt", "Forum Dach"]);
  await rooms.getByRole("button", { name: "„Forum Dach“ nach oben" }).click();
  await expect(rooms.locator("tbody th")).toHaveText(["Saal Merseburg", "Raum Saale", "Raum Geisel", "Forum Dach", "Werkstatt"]);
  await rooms.getByRole("button", { name: "„Werkstatt“ löschen" }).click();
  await expect(roomsRegion.getByRole("alert")).toContainText(/Der Raum kann nicht gelöscht werden: \d+ Programmpunkte sind dort geplant/);
  expect(await db.room.count({ where: { conferenceId: conference.id, name: "Werkstatt" } })).toBe(1);

  // ── Track ──
  const addTrack = page.getByRole("form", { name: "Neuer Track" });
  await addTrack.getByLabel("Name").fill("Schule und Beruf");
  await addTrack.getByLabel("Grün").check();
  await addTrack.getByRole("button", { name: "Track anlegen" }).click();
  await expect(tracksRegion.getByRole("status")).toContainText("Track „Schule und Beruf“ angelegt.");

  // ── Speaker: a bad email is an inline error; deleting a speaker on sessions lists them ──
  const addSpeaker = page.getByRole("form", { name: "Neue*r Referierende*r" });
  await addSpeaker.getByLabel("Name").fill(SPEAKER);
  await addSpeaker.getByLabel(/Organisation/).fill("Hochschule Testhausen");
  await addSpeaker.getByLabel(/E-Mail-Adresse/).fill("testine@");
  await addSpeaker.getByRole("button", { name: "Person anlegen" }).click();
  await expect(addSpeaker.getByText("Bitte eine gültige E-Mail-Adresse eingeben")).toBeVisible();
  await expect(addSpeaker.getByLabel("Name")).toHaveValue(SPEAKER);
  await addSpeaker.getByLabel(/E-Mail-Adresse/).fill("testine@example.org");
  await addSpeaker.getByLabel(/Kurzbiografie/).fill("Forscht zu Übergängen von der Schule in den Beruf.");
  await addSpeaker.getByRole("button", { name: "Person anlegen" }).click();
  await expect(speakersRegion.getByRole("status")).toContainText(`„${SPEAKER}“ angelegt.`);
  await page.getByTestId("speakers").getByRole("button", { name: "„Dr. Katrin Lenz“ löschen" }).click();
  const refusal = speakersRegion.getByRole("alert");
  await expect(refusal).toContainText("„Dr. Katrin Lenz“ kann nicht gelöscht werden");
  await expect(refusal.getByRole("listitem").filter({ hasText: FIRST })).toHaveCount(1);
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/screens/resources-de.png", fullPage: true });

  // ── Timetable dialog: assign the speaker and the track, then try a parallel session ──
  await page.goto(`/organiser/conferences/${conference.id}/timetable`);
  await expect(page.locator(".timetable__room")).toContainText(["Saal Merseburg", "Raum Saale", "Raum Geisel", "Forum Dach", "Werkstatt"]);
  await page.getByRole("article", { name: FIRST }).getByRole("button", { name: /Bearbeiten/ }).click();
  let dialog = page.getByRole("dialog");
  await dialog.getByRole("checkbox", { name: new RegExp(SPEAKER) }).check();
  await dialog.getByLabel("Track").selectOption({ label: "Schule und Beruf" });
  await dialog.getByLabel("Sprache").selectOption("en");
  await dialog.getByLabel("Kurzbeschreibung", { exact: true }).fill("Drei Schulen zeigen, wie es geht.");
  await dialog.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByRole("status")).toContainText(`„${FIRST}“ gespeichert.`);
  await expect(page.getByRole("article", { name: FIRST })).toContainText(SPEAKER);
  const first = await db.session.findFirstOrThrow({ where: { conferenceId: conference.id, title: FIRST }, include: { speakers: { include: { speaker: true } }, track: true } });
  expect(first.speakers.map((s) => s.speaker.name)).toContain(SPEAKER);
  expect(first).toMatchObject({ language: "en", abstract: "Drei Schulen zeigen, wie es geht.", revision: 0 });
  expect(first.track?.name).toBe("Schule und Beruf");

  const parallelBefore = await db.session.findFirstOrThrow({ where: { conferenceId: conference.id, title: PARALLEL }, include: { speakers: true } });
  await page.getByRole("article", { name: PARALLEL }).getByRole("button", { name: /Bearbeiten/ }).click();
  dialog = page.getByRole("dialog");
  await dialog.getByRole("checkbox", { name: new RegExp(SPEAKER) }).check();
  await dialog.getByRole("button", { name: "Speichern" }).click();
  await expect(dialog.getByRole("alert")).toContainText(`${SPEAKER} spricht zu dieser Zeit schon in „${FIRST}“.`);
  // A refused save keeps what was typed.
  await expect(dialog.getByRole("checkbox", { name: new RegExp(SPEAKER) })).toBeChecked();
  expect((await db.sessionSpeaker.findMany({ where: { sessionId: parallelBefore.id } })).length).toBe(parallelBefore.speakers.length);
  await expectAccessible(page);
  await dialog.screenshot({ path: "test-results/screens/session-dialog-de.png" });
  await page.screenshot({ path: "test-results/screens/session-dialog-page-de.png" });

  // ── The same pages in English ──
  await page.goto(`/en/organiser/conferences/${conference.id}/resources`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Rooms, tracks and speakers");
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/screens/resources-en.png", fullPage: true });
  await page.goto(`/en/organiser/conferences/${conference.id}/timetable`);
  await page.getByRole("article", { name: FIRST }).getByRole("button", { name: /Edit/ }).click();
  await expect(page.getByRole("dialog").getByRole("group", { name: "Speakers" })).toBeVisible();
  await expect(page.getByRole("dialog").getByLabel("Abstract", { exact: true })).toHaveValue("Drei Schulen zeigen, wie es geht.");
  await expectAccessible(page);
  await page.getByRole("dialog").screenshot({ path: "test-results/screens/session-dialog-en.png" });
  await page.context().close();
});

test("a viewer sees why they cannot change rooms, tracks and speakers, and gets no forms", async ({ browser }) => {
  const conference = await db.conference.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
  const page = await signedInPage(browser, DEMO_ORGANISERS.bismitViewer);
  await page.goto(`/organiser/conferences/${conference.id}/resources`);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Räume, Tracks und Referierende können nur Personen der veranstaltenden Träger ändern.");
  await expect(page.getByRole("form")).toHaveCount(0);
  await expectAccessible(page);
  await page.context().close();
});
