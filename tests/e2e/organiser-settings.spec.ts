import "./helpers/database";
import { expect, test } from "@playwright/test";
import { db } from "../../lib/db";
import { expectAccessible } from "./helpers/a11y";
import { DEMO_ORGANISERS } from "./helpers/demo";
import { signedInPage } from "./helpers/session";

test("BiSMit's owner creates a conference, is told inline about a bad address, adds EMMD as partner and a single-choice question, publishes it; the public page shows it; EMMD's editor cannot open its settings", async ({ browser }) => {
  test.setTimeout(120_000);
  const year = new Date().getFullYear() + 1;
  const slug = `fachtag-${Date.now()}`;
  const page = await signedInPage(browser, DEMO_ORGANISERS.bismitOwner);

  // ── Create ──
  await page.goto("/organiser");
  await page.getByRole("link", { name: "+ Neue Veranstaltung" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Neue Veranstaltung" })).toBeVisible();
  await expect(page.getByLabel("Veranstaltender Träger")).toHaveValue(/.+/);
  await page.getByLabel("Titel", { exact: true }).fill("Fachtag Ganztag für Schulträger");
  // The address follows the title until one is typed.
  await expect(page.getByLabel("Adresse (Kurzname)")).toHaveValue("fachtag-ganztag-fuer-schultraeger");
  await page.getByLabel("Titel", { exact: true }).fill("Fachtag Ganztag");
  await page.getByLabel("Adresse (Kurzname)").fill(slug);
  await page.getByLabel("Veranstaltungsort").fill("Volkshochschule Halle");
  await page.getByLabel("Anschrift").fill("Diesterwegstraße 2, 06128 Halle (Saale)");
  await expect(page.getByLabel(/^Erster Tag/)).toHaveAccessibleName("Erster Tag (Ortszeit Europe/Berlin)");
  await page.getByLabel(/^Erster Tag/).fill(`${year}-05-11`);
  await page.getByLabel(/^Letzter Tag/).fill(`${year}-05-10`);
  await page.getByRole("button", { name: "Als Entwurf anlegen" }).click();
  // A last day before the first is refused next to the field, in German.
  const lastDay = page.getByLabel(/^Letzter Tag/);
  await expect(lastDay).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Der letzte Tag darf nicht vor dem ersten liegen.")).toBeVisible();
  await lastDay.fill(`${year}-05-12`);
  await page.getByRole("button", { name: "Als Entwurf anlegen" }).click();
  await expect(page).toHaveURL(/\/organiser\/conferences\/[^/]+\/settings\?created=1$/);
  await expect(page.getByRole("status").filter({ hasText: "als Entwurf angelegt" })).toBeVisible();
  const conference = await db.conference.findUniqueOrThrow({ where: { slug }, include: { hosts: { include: { host: true } } } });
  expect(conference.status).toBe("draft");
  expect(conference.hosts.map((h) => [h.host.shortName, h.role])).toEqual([["BiSMit", "organiser"]]);
  // 09:00 in Berlin (summer time) on the first day, whatever the browser's zone.
  expect(conference.startsAt.toISOString()).toBe(`${year}-05-11T07:00:00.000Z`);

  // ── Edit details: a bad address is refused inline, then fixed ──
  const details = page.getByRole("region", { name: "Angaben zur Veranstaltung" });
  const slugInput = details.getByLabel("Adresse (Kurzname)");
  await slugInput.fill("Fachtag Ganztag!");
  await details.getByRole("button", { name: "Angaben speichern" }).click();
  await expect(slugInput).toHaveAttribute("aria-invalid", "true");
  const slugError = details.getByText("Nur Kleinbuchstaben (a–z), Ziffern und einzelne Bindestriche");
  await expect(slugError).toBeVisible();
  expect(await slugInput.getAttribute("aria-describedby")).toContain(await slugError.getAttribute("id"));
  await expect(details.getByRole("alert")).toContainText("Bitte prüfen Sie die markierten Felder.");
  expect((await db.conference.findUniqueOrThrow({ where: { id: conference.id } })).slug).toBe(slug);
  await slugInput.fill(slug);
  await details.getByLabel(/^Untertitel \(/).fill("Ganztägige Bildung gemeinsam gestalten");
  await details.getByLabel("Plätze insgesamt").fill("80");
  // Issue 14 §4: the English title, entered here, is what the English public page shows (checked below).
  await details.getByText("Englische Texte").click();
  await details.getByLabel(/^Titel auf Englisch/).fill("Full-day schooling forum");
  await details.getByRole("button", { name: "Angaben speichern" }).click();
  await expect(details.getByRole("status")).toHaveText("Die Angaben sind gespeichert.");
  await expect(slugInput).not.toHaveAttribute("aria-invalid");
  expect(await db.conference.findUniqueOrThrow({ where: { id: conference.id } })).toMatchObject({ subtitle: "Ganztägige Bildung gemeinsam gestalten", capacity: 80 });

  // ── Hosts: EMMD as partner ──
  const hosts = page.getByRole("region", { name: "Beteiligte Träger" });
  await hosts.getByLabel("Träger", { exact: true }).selectOption({ label: "EMMD – Europäische Metropolregion Mitteldeutschland" });
  await hosts.getByLabel("Rolle", { exact: true }).selectOption({ label: "Partner" });
  await hosts.getByRole("button", { name: "Hinzufügen" }).click();
  await expect(hosts.getByRole("status")).toHaveText("EMMD ist jetzt beteiligt.");
  await expect(hosts.getByRole("combobox", { name: "Rolle von EMMD" })).toHaveValue("partner");
  // The last organiser cannot be removed.
  await hosts.getByRole("button", { name: "Entfernen – BiSMit" }).click();
  await expect(hosts.getByRole("alert")).toContainText("mindestens einen Veranstalter");
  // Nor demoted: the refused role is not left in the select.
  await hosts.getByRole("combobox", { name: "Rolle von BiSMit" }).selectOption("partner");
  await hosts.getByRole("button", { name: "Rolle speichern – BiSMit" }).click();
  await expect(hosts.getByRole("alert")).toContainText("mindestens einen Veranstalter");
  await expect(hosts.getByRole("combobox", { name: "Rolle von BiSMit" })).toHaveValue("organiser");

  // ── A single-choice question ──
  const questions = page.getByRole("region", { name: "Anmeldefragen" });
  await questions.getByLabel("Frage (Deutsch)").fill("Wie reisen Sie an?");
  await questions.getByLabel("Frage (Englisch)").fill("How will you travel?");
  await questions.getByLabel("Art der Antwort").selectOption({ label: "Eine Auswahl" });
  await questions.getByLabel("Antwortmöglichkeiten").fill("Bahn | Train");
  await questions.getByRole("button", { name: "Frage hinzufügen" }).click();
  await expect(questions.getByText("Bitte mindestens zwei verschiedene Antwortmöglichkeiten angeben.")).toBeVisible();
  await questions.getByLabel("Antwortmöglichkeiten").fill("Bahn | Train\nAuto | Car\nFahrrad | Bicycle");
  await questions.getByLabel("Pflichtfrage").check();
  await questions.getByRole("button", { name: "Frage hinzufügen" }).click();
  await expect(questions.getByRole("status")).toHaveText("Die Frage „Wie reisen Sie an?“ ist hinzugefügt.");
  await expect(questions.getByRole("row", { name: /Wie reisen Sie an\?/ })).toContainText("Bahn / Train");

  // ── Publish ──
  const status = page.getByRole("region", { name: "Status" });
  await status.getByRole("button", { name: "Veröffentlichen" }).click();
  await page.getByRole("dialog", { name: "Veranstaltung veröffentlichen?" }).getByRole("button", { name: "Ja, veröffentlichen" }).click();
  await expect(status.getByRole("status")).toHaveText("Die Veranstaltung ist veröffentlicht.");
  await expect(status.getByText("Veröffentlicht", { exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/screens/settings-de.png", fullPage: true });

  await page.goto(`/en/organiser/conferences/${conference.id}/settings`);
  // The English organiser pages name the conference by its English title (entered above).
  await expect(page.getByRole("heading", { level: 1, name: "Settings: Full-day schooling forum" })).toBeVisible();
  await expect(page.getByLabel(/^First day/)).toHaveAccessibleName("First day (Local time Europe/Berlin)");
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/screens/settings-en.png", fullPage: true });

  await page.goto(`/organiser/conferences/new`);
  await page.screenshot({ path: "test-results/screens/conference-new-de.png", fullPage: true });

  // ── The public page and the registration form ──
  await page.goto(`/conferences/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name: "Fachtag Ganztag" })).toBeVisible();
  await expect(page.getByText("Volkshochschule Halle").first()).toBeVisible();
  await page.goto(`/en/conferences/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name: "Full-day schooling forum" })).toBeVisible();
  await page.goto(`/conferences/${slug}/register`);
  await expect(page.getByText("Wie reisen Sie an?")).toBeVisible();

  // ── EMMD's editor: a partner, so no settings ──
  const editor = await signedInPage(browser, DEMO_ORGANISERS.emmdEditor);
  await editor.goto(`/organiser/conferences/${conference.id}/settings`);
  await expect(editor.getByRole("alert").filter({ hasText: "Einstellungen" })).toContainText("können nur Inhaber*innen und Redakteur*innen der veranstaltenden Träger ändern");
  await expect(editor.getByRole("navigation", { name: /./ }).getByRole("link", { name: "Einstellungen" })).toHaveCount(0);
  await expect(editor.getByRole("button", { name: "Angaben speichern" })).toHaveCount(0);
  await expectAccessible(editor);
  await editor.screenshot({ path: "test-results/screens/settings-forbidden-de.png", fullPage: true });
  // Nothing changed on the way.
  expect(await db.conference.findUniqueOrThrow({ where: { id: conference.id } })).toMatchObject({ status: "published", slug, capacity: 80 });
});

test("a capacity below the confirmed registrations is refused inline and, when chosen, moves the latest to the waiting list; days without room for the sessions are refused with how many", async ({ browser }) => {
  const stamp = Date.now();
  const host = await db.host.findUniqueOrThrow({ where: { slug: "bismit" } });
  const startsAt = new Date(Date.now() + 90 * 864e5);
  const conference = await db.conference.create({
    data: {
      slug: `kapazitaet-${stamp}`,
      title: "Kapazitätstest",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 32 * 36e5),
      venueName: "Saal",
      venueAddress: "Weg 1, Leipzig",
      status: "published",
      capacity: 2,
      hosts: { create: { hostId: host.id, role: "organiser" } },
    },
  });
  await db.session.create({ data: { conferenceId: conference.id, hostId: host.id, title: "Zweiter Tag", startsAt: new Date(startsAt.getTime() + 26 * 36e5), endsAt: new Date(startsAt.getTime() + 27 * 36e5), status: "scheduled" } });
  const page = await signedInPage(browser, DEMO_ORGANISERS.bismitOwner);
  for (const name of ["Erika Erste", "Zora Zweite"]) {
    const response = await page.request.post(`/api/conferences/${conference.slug}/registrations`, { data: { name, email: `${name.split(" ")[0].toLowerCase()}-${stamp}@example.org`, locale: "de", consent: true } });
    expect(response.status()).toBe(201);
  }

  await page.goto(`/organiser/conferences/${conference.id}/settings`);
  const details = page.getByRole("region", { name: "Angaben zur Veranstaltung" });
  await expect(details.getByText("Derzeit 2 bestätigte Anmeldungen.")).toBeVisible();
  await details.getByLabel("Plätze insgesamt").fill("1");
  await details.getByRole("button", { name: "Angaben speichern" }).click();
  await expect(details.getByLabel("Plätze insgesamt")).toHaveAttribute("aria-invalid", "true");
  await expect(details.getByText("Es gibt schon 2 bestätigte Anmeldungen.")).toBeVisible();
  expect((await db.conference.findUniqueOrThrow({ where: { id: conference.id } })).capacity).toBe(2);
  await details.getByLabel(/zuletzt bestätigten Anmeldungen auf die Warteliste/).check();
  await details.getByRole("button", { name: "Angaben speichern" }).click();
  await expect(details.getByRole("status")).toHaveText("Die Angaben sind gespeichert. 1 Anmeldung steht jetzt auf der Warteliste.");
  const zora = await db.registration.findFirstOrThrow({ where: { conferenceId: conference.id, name: "Zora Zweite" } });
  expect(zora.status).toBe("waitlisted");
  const saved = await db.conference.findUniqueOrThrow({ where: { id: conference.id } });
  expect(saved).toMatchObject({ capacity: 1, seatsTaken: 1 });

  const firstDay = await details.getByLabel(/^Erster Tag/).inputValue();
  await details.getByLabel(/^Letzter Tag/).fill(firstDay);
  await details.getByLabel(/^Beginn am ersten Tag/).fill("00:00");
  await details.getByLabel(/^Ende am letzten Tag/).fill("23:59");
  await details.getByRole("button", { name: "Angaben speichern" }).click();
  await expect(details.getByLabel(/^Letzter Tag/)).toHaveAttribute("aria-invalid", "true");
  await expect(details.getByText("1 Programmpunkt liegt außerhalb dieser Tage.").first()).toBeVisible();
  expect((await db.conference.findUniqueOrThrow({ where: { id: conference.id } })).endsAt).toEqual(saved.endsAt);
  await expectAccessible(page);
});
