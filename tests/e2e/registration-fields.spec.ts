/**
 * Issue 14, point 5: organisers choose which built-in fields the registration form asks for. An
 * organiser hides "Funktion" (the conference's own question asks the role) and requires
 * "Organisation"; the public form then has no "Funktion" field, marks "Organisation" required and
 * reports it, left empty, with every other problem in one pass. German and English, phone and desktop.
 */
import "./helpers/database";
import fs from "node:fs";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { db } from "../../lib/db";
import { expectAccessible } from "./helpers/a11y";
import { DEMO_ORGANISERS, DEMO_SLUG } from "./helpers/demo";
import { signedInPage } from "./helpers/session";

const SHOTS = "/work/shots/fields14";
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

async function shoot(page: Page, name: string, target?: Locator) {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const [label, size] of [["desktop", DESKTOP], ["phone", PHONE]] as const) {
    await page.setViewportSize(size);
    const path = `${SHOTS}/${name}-${label}.png`;
    if (target) await target.screenshot({ path });
    else await page.screenshot({ path, fullPage: true });
  }
  await page.setViewportSize(DESKTOP);
}

const TEXT = {
  de: {
    prefix: "",
    heading: "Feste Felder im Anmeldeformular",
    organisation: "Organisation",
    jobTitle: "Funktion",
    hidden: "ausgeblendet",
    required: "Pflichtfeld",
    save: "Felder speichern",
    saved: "Gespeichert.",
    submit: "Verbindlich anmelden",
    summary: "Die Anmeldung konnte nicht abgeschlossen werden",
    fillIn: "Bitte füllen Sie dieses Feld aus.",
    optional: "(freiwillig)",
  },
  en: {
    prefix: "/en",
    heading: "Built-in form fields",
    organisation: "Organisation",
    jobTitle: "Role",
    hidden: "hidden",
    required: "required",
    save: "Save fields",
    saved: "Saved.",
    submit: "Register",
    summary: "Your registration could not be completed",
    fillIn: "Please fill in this field.",
    optional: "(optional)",
  },
} as const;

test("an organiser hides “Funktion” and requires “Organisation”; the form follows, and reports the empty organisation with every other problem at once", async ({ browser }) => {
  test.setTimeout(180_000);
  const demo = await db.conference.findUniqueOrThrow({ where: { slug: DEMO_SLUG }, include: { hosts: { include: { host: true } } } });
  const bismit = demo.hosts.find((h) => h.host.slug === "bismit")!;
  const stamp = Date.now();
  const conference = await db.conference.create({
    data: {
      slug: `fachtag-felder-${stamp}`,
      title: `Fachtag Felder ${stamp}`,
      startsAt: demo.startsAt,
      endsAt: demo.endsAt,
      venueName: "Volkshochschule Halle",
      venueAddress: "Diesterwegstraße 2, 06128 Halle (Saale)",
      status: "published",
      hosts: { create: { hostId: bismit.hostId, role: "organiser" } },
      questions: {
        create: {
          key: "role", label: "In welcher Funktion nehmen Sie teil?", labelEn: "In which role do you attend?", type: "single_choice", required: true, position: 0,
          options: [{ value: "head", label: "Schulleitung", labelEn: "Head teacher" }, { value: "teacher", label: "Lehrkraft", labelEn: "Teacher" }],
        },
      },
    },
  });
  const page = await signedInPage(browser, DEMO_ORGANISERS.bismitOwner);
  await page.setViewportSize(DESKTOP);

  // ── Settings: the fieldset beside the registration questions ──
  let c: (typeof TEXT)["de" | "en"] = TEXT.de;
  await page.goto(`/organiser/conferences/${conference.id}/settings`);
  const fieldset = page.getByRole("group", { name: c.heading });
  await expect(fieldset).toBeVisible();
  await expect(fieldset.getByLabel(c.organisation, { exact: true })).toHaveValue("optional");
  await expect(fieldset.getByLabel(c.jobTitle, { exact: true })).toHaveValue("optional");
  await fieldset.getByLabel(c.jobTitle, { exact: true }).selectOption({ label: c.hidden });
  await fieldset.getByLabel(c.organisation, { exact: true }).selectOption({ label: c.required });
  const settingsForm = page.getByTestId("form-fields-settings");
  await settingsForm.getByRole("button", { name: c.save }).click();
  await expect(settingsForm.getByText(c.saved)).toBeVisible();
  expect(await db.conference.findUniqueOrThrow({ where: { id: conference.id } })).toMatchObject({ organisationField: "required", jobTitleField: "hidden" });
  await expectAccessible(page);
  await shoot(page, "settings-fieldset-de", settingsForm);

  // The change log says it in words.
  await page.goto(`/organiser/conferences/${conference.id}/audit`);
  await expect(page.getByText("Feste Felder des Anmeldeformulars geändert").first()).toBeVisible();
  await expect(page.getByText(/Feld „Funktion“/).first()).toBeVisible();

  for (const locale of ["de", "en"] as const) {
    c = TEXT[locale];
    if (locale === "en") {
      await page.goto(`/en/organiser/conferences/${conference.id}/settings`);
      const en = page.getByRole("group", { name: c.heading });
      await expect(en.getByLabel(c.jobTitle, { exact: true })).toHaveValue("hidden");
      await expect(en.getByLabel(c.organisation, { exact: true })).toHaveValue("required");
      await expectAccessible(page);
      await shoot(page, "settings-fieldset-en", page.getByTestId("form-fields-settings"));
    }

    // ── The public form ──
    await page.goto(`${c.prefix}/conferences/${conference.slug}/register`);
    await expect(page.locator("#field-jobTitle")).toHaveCount(0);
    await expect(page.getByLabel(c.jobTitle, { exact: true })).toHaveCount(0);
    const organisation = page.getByLabel(c.organisation);
    await expect(organisation).toHaveAttribute("required", "");
    await expect(page.locator("label[for=field-organisation] .required-mark")).toBeVisible();
    await expect(page.locator("label[for=field-organisation]")).not.toContainText(c.optional);

    await page.getByRole("button", { name: c.submit, exact: true }).click();
    const summary = page.locator(".error-summary");
    await expect(summary).toContainText(c.summary);
    // Name, email, organisation, the role question and consent: all in the first answer.
    await expect(summary.getByRole("listitem")).toHaveCount(5);
    await expect(summary.getByRole("listitem").nth(2)).toHaveText(`${c.organisation}: ${c.fillIn}`);
    await expect(page.locator("#field-organisation-error")).toHaveText(c.fillIn);
    await expect(organisation).toHaveAttribute("aria-invalid", "true");
    await expect(organisation).toHaveAccessibleDescription(c.fillIn);
    await expectAccessible(page);
    await shoot(page, `form-errors-${locale}`);
  }
  await page.context().close();
});
