/**
 * Organisers choose which built-in fields the registration form asks for (organisation, job
 * title): hidden, optional or required. The change is partial and audited; a hidden field's value
 * is ignored; a required one left empty is reported with every other problem in one answer; the
 * public API says which fields are asked.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/conferences/[slug]/registrations/route";
import { GET as getConference } from "@/app/api/conferences/[slug]/route";
import { PATCH } from "@/app/api/registrations/[token]/route";
import { updateAttendee } from "@/lib/attendees/update-attendee";
import { formFieldsInput } from "@/lib/conferences/schema";
import { updateFormFields as updateFormFieldsUseCase } from "@/lib/conferences/update-form-fields";
import { db } from "@/lib/db";
import { resetRateLimits } from "@/lib/rate-limit";
import { createConference, uniq } from "../helpers/fixtures";
import { parsed } from "../helpers/parsed";

const updateFormFields = parsed(formFieldsInput, updateFormFieldsUseCase);

beforeEach(() => resetRateLimits());

function register(slug: string, body: unknown) {
  return POST(
    new Request(`http://test/api/conferences/${slug}/registrations`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": uniq("ip") },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ slug }) },
  );
}

function patch(token: string, body: unknown) {
  return PATCH(new Request("http://test", { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }), { params: Promise.resolve({ token }) });
}

/** A conference with a required role question, its fields set as given, and an owner. */
async function conferenceWith(fields: { organisationField?: "hidden" | "optional" | "required"; jobTitleField?: "hidden" | "optional" | "required" } = {}) {
  const { conference, host } = await createConference();
  await db.registrationQuestion.create({
    data: { conferenceId: conference.id, key: "role", label: "Bereich", type: "single_choice", required: true, options: [{ value: "schule", label: "Schule" }], position: 0 },
  });
  const owner = await db.user.create({ data: { email: `${uniq("org")}@example.org`, memberships: { create: { hostId: host.id, role: "owner" } } } });
  const row = await db.conference.update({ where: { id: conference.id }, data: fields });
  return { conference: row, owner };
}

const valid = (extra: Record<string, unknown> = {}) => ({ name: "Ada Lovelace", email: `${uniq("fields")}@example.org`, consent: true, answers: { role: "schule" }, locale: "en", ...extra });

describe("organisers choose the built-in form fields", () => {
  it("a new conference asks for both as optional fields, as before", async () => {
    const { conference } = await createConference();
    expect(conference).toMatchObject({ organisationField: "optional", jobTitleField: "optional" });
  });

  it("changes only the field sent, with one audit row naming before and after", async () => {
    const { conference, owner } = await conferenceWith();
    const result = await updateFormFields({ actor: { userId: owner.id }, input: { conferenceId: conference.id, jobTitleField: "hidden" } });
    expect(result.changed).toEqual(["jobTitleField"]);
    expect(await db.conference.findUniqueOrThrow({ where: { id: conference.id } })).toMatchObject({ organisationField: "optional", jobTitleField: "hidden" });
    const audit = await db.auditLog.findMany({ where: { conferenceId: conference.id, action: "conference.form_fields" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ before: { jobTitleField: "optional" }, after: { jobTitleField: "hidden" } });

    // Nothing sent, or the stored value again: nothing written, no further audit row.
    await updateFormFields({ actor: { userId: owner.id }, input: { conferenceId: conference.id } });
    await updateFormFields({ actor: { userId: owner.id }, input: { conferenceId: conference.id, jobTitleField: "hidden" } });
    expect(await db.auditLog.count({ where: { conferenceId: conference.id, action: "conference.form_fields" } })).toBe(1);
  });

  it("refuses a value that is not a mode, and a caller outside the conference (who does not learn it exists)", async () => {
    const { conference } = await conferenceWith();
    await expect(updateFormFields({ actor: { userId: "nobody" }, input: { conferenceId: conference.id, jobTitleField: "mandatory" } })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["jobTitleField"] })] });
    const stranger = await db.user.create({ data: { email: `${uniq("stranger")}@example.org` } });
    await expect(updateFormFields({ actor: { userId: stranger.id }, input: { conferenceId: conference.id, jobTitleField: "hidden" } })).rejects.toMatchObject({ code: "not_found" });
    expect(await db.conference.findUniqueOrThrow({ where: { id: conference.id } })).toMatchObject({ jobTitleField: "optional" });
  });
});

describe("registering with the conference's built-in fields", () => {
  it("ignores a value sent for a hidden field: it is not stored", async () => {
    const { conference } = await conferenceWith({ jobTitleField: "hidden" });
    const response = await register(conference.slug, valid({ organisation: "Landkreis", jobTitle: "Bildungskoordinatorin" }));
    expect(response.status).toBe(201);
    const row = await db.registration.findFirstOrThrow({ where: { conferenceId: conference.id } });
    expect(row).toMatchObject({ organisation: "Landkreis", jobTitle: null });
  });

  it("ignores even an invalid value for a hidden field", async () => {
    const { conference } = await conferenceWith({ jobTitleField: "hidden" });
    expect((await register(conference.slug, valid({ jobTitle: "x".repeat(500) }))).status).toBe(201);
  });

  it("reports a missing required field together with every other problem, in the order of the form", async () => {
    const { conference } = await conferenceWith({ organisationField: "required", jobTitleField: "required" });
    const response = await register(conference.slug, { locale: "en", organisation: "   ", answers: {} });
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.errors).toEqual({
      name: "Please fill in this field.",
      email: "Please fill in this field.",
      organisation: "Please fill in this field.",
      jobTitle: "Please fill in this field.",
      "answers.role": "Please fill in this field.",
      consent: "Please confirm that you have read the privacy notice.",
    });
    expect(Object.keys(body.errors)).toEqual(["name", "email", "organisation", "jobTitle", "answers.role", "consent"]);
    expect(await db.registration.count({ where: { conferenceId: conference.id } })).toBe(0);
  });

  it("a required field's own error wins over `required` (too long), and German messages for a German form", async () => {
    const { conference } = await conferenceWith({ organisationField: "required" });
    const body = await (await register(conference.slug, valid({ locale: "de", organisation: "x".repeat(201) }))).json();
    expect(Object.keys(body.errors)).toEqual(["organisation"]);
    const missing = await (await register(conference.slug, valid({ locale: "de" }))).json();
    expect(missing.errors).toEqual({ organisation: "Bitte füllen Sie dieses Feld aus." });
  });

  it("registers when the required field is given", async () => {
    const { conference } = await conferenceWith({ organisationField: "required" });
    expect((await register(conference.slug, valid({ organisation: "Schule am Markt" }))).status).toBe(201);
  });

  it("the manage page's edit cannot clear a required field and does not change a hidden one", async () => {
    const { conference } = await conferenceWith();
    const created = await (await register(conference.slug, valid({ organisation: "Landkreis", jobTitle: "Leitung" }))).json();
    await db.conference.update({ where: { id: conference.id }, data: { organisationField: "required", jobTitleField: "hidden" } });
    const token = new URL(created.manageUrl).pathname.split("/").pop()!;

    const cleared = await patch(token, { organisation: null, locale: "en" });
    expect(cleared.status).toBe(422);
    expect((await cleared.json()).errors).toEqual({ organisation: "Please fill in this field." });

    expect((await patch(token, { organisation: "Stadt", jobTitle: null, locale: "en" })).status).toBe(200);
    expect(await db.registration.findFirstOrThrow({ where: { conferenceId: conference.id } })).toMatchObject({ organisation: "Stadt", jobTitle: "Leitung" });
  });
});

describe("organisers correcting an attendee", () => {
  it("may still correct a field the form hides, but not clear a required one", async () => {
    const { conference, owner } = await conferenceWith();
    const created = await (await register(conference.slug, valid({ organisation: "Landkreis", jobTitle: "Leitung" }))).json();
    await db.conference.update({ where: { id: conference.id }, data: { organisationField: "required", jobTitleField: "hidden" } });
    const actor = { userId: owner.id };
    await updateAttendee({ conferenceId: conference.id, registrationId: created.id, input: { jobTitle: "Schulleitung" }, actor });
    expect(await db.registration.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ jobTitle: "Schulleitung" });
    await expect(updateAttendee({ conferenceId: conference.id, registrationId: created.id, input: { organisation: null }, locale: "en", actor })).rejects.toMatchObject({ code: "validation", fields: { organisation: "Please fill in this field." } });
  });
});

describe("GET /api/conferences/{slug}", () => {
  it("says which built-in fields the form asks for, next to the questions", async () => {
    const { conference, owner } = await conferenceWith();
    await updateFormFields({ actor: { userId: owner.id }, input: { conferenceId: conference.id, organisationField: "required", jobTitleField: "hidden" } });
    const response = await getConference(new Request(`http://test/api/conferences/${conference.slug}`), { params: Promise.resolve({ slug: conference.slug }) });
    const body = await response.json();
    expect(body.fields).toEqual({ organisation: "required", jobTitle: "hidden" });
    expect(body.questions.map((q: { key: string }) => q.key)).toEqual(["role"]);
  });
});
