import "./helpers/database";
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { db } from "../../lib/db";
import { expectAccessible } from "./helpers/a11y";
import { DEMO_SLUG } from "./helpers/demo";
import { openMail } from "./helpers/mailbox";

/**
 * Issue 10: changing the programme on the manage page must keep every detail the attendee gave
 * (organisation, job title, accessibility needs, dietary requirements, answers).
 */

// The demo hides "Funktion" (its role question asks the same); this test needs a form that asks for it.
test.beforeAll(async () => {
  await db.conference.update({ where: { slug: DEMO_SLUG }, data: { jobTitleField: "optional" } });
});
test.afterAll(async () => {
  await db.conference.update({ where: { slug: DEMO_SLUG }, data: { jobTitleField: "hidden" } });
});

const cases = [
  {
    locale: "de",
    prefix: "",
    register: "Verbindlich anmelden",
    role: "Kommunalverwaltung",
    topic: "Fachkräftesicherung",
    careers: /Berufsorientierung, die ankommt/,
    skills: "Fachkräftesicherung in der Region",
    youth: "Jugendbeteiligung: Was junge Menschen",
    consent: /Ich habe die Datenschutzhinweise gelesen/,
    confirmed: /Anmeldung bestätigt/,
    save: "Änderungen speichern",
    saved: "Ihre Änderungen sind gespeichert.",
    updated: /Programm geändert/,
    changed: "Geändert",
    programme: "Programm",
    detailNames: ["Organisation", "Funktion", "Unterstützungsbedarf", "Ernährung", "Antworten"],
  },
  {
    locale: "en",
    prefix: "/en",
    register: "Register",
    role: "Local government",
    topic: "Securing skilled workers",
    // The English pages show the sessions' English titles (prisma/seed.ts).
    careers: /Career guidance that works/,
    skills: "Skilled workers in the region",
    youth: "Youth participation: what keeps young people",
    consent: /I have read the privacy notice/,
    confirmed: /Registration confirmed/,
    save: "Save changes",
    saved: "Your changes have been saved.",
    updated: /Programme changed/,
    changed: "Changed",
    programme: "Programme",
    detailNames: ["Organisation", "Job title", "Accessibility needs", "Dietary requirements", "Answers"],
  },
] as const;

for (const c of cases) {
  test(`${c.locale}: changing one session on the manage page keeps organisation, job title, needs, diet and answers`, async ({ page }) => {
    const email = `e2e-partial-${c.locale}-${randomUUID().slice(0, 8)}@example.org`;
    const details = {
      organisation: `Landkreis Saalekreis ${c.locale}`,
      jobTitle: "Bildungskoordinatorin",
      accessibilityNeeds: "Rollstuhlplatz in der ersten Reihe",
      dietaryRequirements: "vegan, keine Nüsse",
    };
    await page.goto(`${c.prefix}/conferences/${DEMO_SLUG}/register`);
    await page.locator("#field-name").fill("Zoë Ağaoğlu-O'Brien");
    await page.locator("#field-email").fill(email);
    await page.locator("#field-organisation").fill(details.organisation);
    await page.locator("#field-jobTitle").fill(details.jobTitle);
    await page.locator("#field-accessibilityNeeds").fill(details.accessibilityNeeds);
    await page.locator("#field-dietaryRequirements").fill(details.dietaryRequirements);
    await page.getByRole("radio", { name: c.role }).check();
    await page.getByRole("checkbox", { name: c.topic, exact: true }).check();
    await page.getByRole("checkbox", { name: c.careers }).check();
    await page.getByRole("checkbox", { name: new RegExp(c.skills) }).check();
    await page.getByRole("checkbox", { name: c.consent }).check();
    await page.getByRole("button", { name: c.register, exact: true }).click();
    await expect(page.getByTestId("registration-result")).toBeVisible();

    const text = await openMail(page, email, c.confirmed, c.locale);
    const manageUrl = /https?:\/\/\S+\/manage\/[A-Za-z0-9_-]{43}/.exec(text)?.[0];
    expect(manageUrl).toBeTruthy();
    const managePath = `${c.prefix}${new URL(manageUrl!).pathname.replace(/^\/en(?=\/)/, "")}`;

    await page.goto(managePath);
    await expect(page.getByTestId("agenda")).toContainText(c.skills);
    // Change one session only, then save the programme.
    await page.getByRole("checkbox", { name: new RegExp(c.skills) }).uncheck();
    await page.getByRole("checkbox", { name: new RegExp(c.youth) }).check();
    await page.getByRole("button", { name: c.save, exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: c.saved }).first()).toBeVisible();
    await expect(page.getByTestId("agenda")).toContainText(c.youth);

    await page.reload();
    await expect(page.getByTestId("agenda")).toContainText(c.youth);
    await expect(page.getByTestId("agenda")).not.toContainText(c.skills);
    for (const [field, value] of Object.entries(details)) await expect(page.locator(`#details-${field}`), field).toHaveValue(value);
    await expect(page.getByRole("radio", { name: c.role })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: c.topic, exact: true })).toBeChecked();
    await expectAccessible(page);
    await page.screenshot({ path: `test-results/screens/manage-partial-${c.locale}-desktop.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `test-results/screens/manage-partial-${c.locale}-phone.png`, fullPage: true });

    // The email names what changed: the programme, and none of the details.
    const updated = await openMail(page, email, c.updated, c.locale);
    expect(updated).toContain(`${c.changed}`);
    expect(updated).toContain(c.programme);
    for (const name of c.detailNames) expect(updated, name).not.toContain(name);
    await page.screenshot({ path: `test-results/screens/manage-partial-${c.locale}-email.png`, fullPage: true });
  });
}
