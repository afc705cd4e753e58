import type Mail from "nodemailer/lib/mailer";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as erasePost } from "@/app/api/registrations/[token]/erase/route";
import { GET as exportGet } from "@/app/api/registrations/[token]/export/route";
import { GET as manageGet, PATCH as managePatch } from "@/app/api/registrations/[token]/route";
import { checkInAttendee } from "@/lib/attendees/check-in";
import { db, Prisma } from "@/lib/db";
import { deliverPending } from "@/lib/mail/sender";
import { devMailboxDelivery, type Delivery } from "@/lib/mail/transport";
import { eraseRegistration } from "@/lib/privacy/erase-registration";
import { getOperatorSettings, updateOperatorSettings } from "@/lib/privacy/operator-settings";
import { addMonths } from "@/lib/privacy/rules";
import { runRetention } from "@/lib/privacy/run-retention";
import { conferencePrivacySchema, operatorSettingsSchema } from "@/lib/privacy/schema";
import { updateConferencePrivacy } from "@/lib/privacy/update-conference-privacy";
import { registerAttendee } from "../helpers/register";
import { hashToken } from "@/lib/registrations/token";
import { createConference, createSession, uniq } from "../helpers/fixtures";
import { findEverywhere } from "../helpers/search-database";

beforeAll(() => {
  process.env.RATE_LIMIT = "off";
  process.env.REGISTRATION_CACHE_MS = "0";
});

const ctx = (token: string) => ({ params: Promise.resolve({ token }) });
const request = (method: string, body?: unknown) => new Request("http://test/api/registrations/x", { method, headers: { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });

/** A conference with a one-seat session, a choice and a free-text question, and an owner. */
async function setup() {
  const { conference, host } = await createConference({ capacity: 10 });
  const session = await createSession(conference, host.id, { capacity: 1, title: "Werkstatt" });
  await db.registrationQuestion.createMany({
    data: [
      { conferenceId: conference.id, key: "role", label: "Funktion", type: "single_choice", options: [{ value: "kommune", label: "Kommune" }, { value: "schule", label: "Schule" }], position: 0 },
      { conferenceId: conference.id, key: "expectations", label: "Erwartungen", type: "long_text", position: 1 },
    ],
  });
  const owner = await db.user.create({ data: { email: `${uniq("owner")}@example.org`, memberships: { create: { hostId: host.id, role: "owner" } } } });
  return { conference, host, session, owner };
}

/** Registers someone with everything personal filled in; returns what must disappear. */
async function attend(conference: { slug: string }, sessionIds: string[], role = "kommune") {
  const name = `Erika ${uniq("Muster")}`;
  const email = `${uniq("erika")}@example.org`;
  const result = await registerAttendee({
    conferenceSlug: conference.slug,
    input: {
      name,
      email,
      organisation: `Stadt ${uniq("Ort")}`,
      jobTitle: "Amtsleitung",
      accessibilityNeeds: `Rollstuhl für ${name}`,
      dietaryRequirements: "vegan",
      answers: { role, expectations: `Ich bin ${name} und freue mich` },
      sessionIds,
      consent: true,
    },
  });
  const registration = await db.registration.findUniqueOrThrow({ where: { id: result.registration.id } });
  return { id: registration.id, token: result.manageToken!, name, email, checkInCode: registration.checkInCode, organisation: registration.organisation! };
}

async function expectNowhere(person: { name: string; email: string; token: string; checkInCode: string; organisation: string }, extra: string[] = []) {
  const needles = [person.name, person.email, person.token, hashToken(person.token), person.checkInCode, person.organisation, ...extra];
  const found = Object.fromEntries(await Promise.all(needles.map(async (n) => [n, await findEverywhere(n)] as const)));
  expect(found).toEqual(Object.fromEntries(needles.map((n) => [n, []])));
}

function capture(): { delivery: Delivery; messages: Mail.Options[] } {
  const messages: Mail.Options[] = [];
  return { messages, delivery: async (m) => void messages.push(m) };
}

describe("erasure (Meine Daten löschen)", () => {
  it("leaves the attendee's name, email and token in no column of any table, and sends the calendar cancellations first", async () => {
    const { conference, session, owner } = await setup();
    const erika = await attend(conference, [session.id]);
    const next = await attend(conference, [session.id], "schule");
    expect((await db.sessionRegistration.findFirstOrThrow({ where: { registrationId: next.id } })).status).toBe("waitlisted");
    // A renamed attendee leaves the old name in the change log; the check-in leaves the code.
    const renamed = `${erika.name} Neu`;
    expect((await managePatch(request("PATCH", { name: renamed }), ctx(erika.token))).status).toBe(200);
    await checkInAttendee({ conferenceId: conference.id, code: erika.checkInCode, actor: { userId: owner.id } });
    // Confirmations delivered to the development mailbox: sent rows and mailbox copies exist.
    await deliverPending({ conferenceId: conference.id, delivery: devMailboxDelivery, limit: 100 });
    expect(await findEverywhere(erika.email)).toEqual(expect.arrayContaining(["EmailOutbox.toAddress", "DevMailboxMessage.raw"]));

    const response = await erasePost(request("POST"), ctx(erika.token));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ erased: true, cancelled: true });

    // The link is dead; the seat went to the next in line.
    expect((await manageGet(request("GET"), ctx(erika.token))).status).toBe(404);
    expect((await exportGet(request("GET"), ctx(erika.token))).status).toBe(404);
    expect((await db.sessionRegistration.findFirstOrThrow({ where: { registrationId: next.id } })).status).toBe("confirmed");

    // The cancellations are the mails left: the conference's CANCEL rides with the cancellation
    // mail, the session's follows in a message of its own (one event per iTIP message).
    const pending = await db.emailOutbox.findMany({ where: { registrationId: erika.id }, orderBy: { createdAt: "asc" } });
    expect(pending.map((m) => [m.kind, m.status]).sort()).toEqual([["calendar-invite", "pending"], ["registration-cancelled", "pending"]]);
    const { delivery, messages } = capture();
    await deliverPending({ onlyIds: pending.map((m) => m.id), delivery });
    expect(messages).toHaveLength(2);
    for (const message of messages) expect(message.to).toMatchObject({ address: erika.email });
    const calendars = messages.map((m) => String((m.icalEvent as Mail.IcalAttachment).content));
    for (const ics of calendars) expect(ics).toContain("METHOD:CANCEL");
    expect(calendars.some((ics) => ics.includes(`UID:conference-${conference.id}@`))).toBe(true);
    expect(calendars.some((ics) => ics.includes(`UID:session-${session.id}@`))).toBe(true);
    expect(await db.emailOutbox.count({ where: { registrationId: erika.id } })).toBe(0);

    await expectNowhere(erika, [renamed]);
    // The anonymous record still counts.
    const record = await db.registration.findUniqueOrThrow({ where: { id: erika.id } });
    expect(record).toMatchObject({ status: "cancelled", name: "", email: "", organisation: null, answers: { role: "kommune" } });
    expect(record.checkedInAt).not.toBeNull();
    expect(await db.auditLog.count({ where: { entityId: erika.id, action: "registration.erase" } })).toBe(1);
  });

  it("a cancellation delivered to the development mailbox is removed by the retention job's next run", async () => {
    const { conference, session } = await setup();
    const erika = await attend(conference, [session.id]);
    expect((await eraseRegistration({ registrationId: erika.id, actor: "attendee" })).ok).toBe(true);
    await deliverPending({ conferenceId: conference.id, delivery: devMailboxDelivery, limit: 100 });
    const copy = await db.devMailboxMessage.findFirstOrThrow({ where: { conferenceId: conference.id } });
    expect(copy.raw).toContain("METHOD:CANCEL");
    await runRetention({ conferenceIds: [] });
    await expectNowhere(erika);
  });

  it("a second erasure, by link or by an organiser, finds nothing to erase", async () => {
    const { conference, owner } = await setup();
    const erika = await attend(conference, []);
    expect((await erasePost(request("POST"), ctx(erika.token))).status).toBe(200);
    expect((await erasePost(request("POST"), ctx(erika.token))).status).toBe(404);
    expect(await eraseRegistration({ registrationId: erika.id, actor: { userId: owner.id }, reason: "Anfrage per Brief" })).toEqual({ ok: false, reason: "already_erased" });
  });
});

describe("erasure by an organiser on request", () => {
  it.each([
    ["owner", "owner", "ok"],
    ["editor", "editor", "ok"],
    ["viewer", "viewer", "forbidden"],
    ["stranger", null, "not_found"],
  ] as const)("%s: %s", async (_label, role, outcome) => {
    const { conference, host } = await setup();
    const erika = await attend(conference, []);
    const user = await db.user.create({ data: { email: `${uniq("u")}@example.org`, ...(role ? { memberships: { create: { hostId: host.id, role } } } : {}) } });
    const run = eraseRegistration({ registrationId: erika.id, actor: { userId: user.id }, reason: "Bitte per E-Mail vom 3.11." });
    if (outcome === "ok") {
      expect(await run).toMatchObject({ ok: true });
      const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: erika.id, action: "registration.erase" } });
      expect(audit).toMatchObject({ actorUserId: user.id, after: { reason: "Bitte per E-Mail vom 3.11.", anonymised: true } });
      // Once the cancellation has gone out, nothing names them.
      await deliverPending({ conferenceId: conference.id, delivery: capture().delivery, limit: 100 });
      await expectNowhere(erika);
    } else {
      await expect(run).rejects.toMatchObject({ code: outcome });
      expect((await db.registration.findUniqueOrThrow({ where: { id: erika.id } })).email).toBe(erika.email);
    }
  });
});

describe("export (Art. 15/20)", () => {
  it("contains every column of the registration, consent, answers with questions, sessions and the emails sent", async () => {
    const { conference, session } = await setup();
    const erika = await attend(conference, [session.id]);
    await deliverPending({ conferenceId: conference.id, delivery: capture().delivery, limit: 100 });
    const response = await exportGet(request("GET"), ctx(erika.token));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/attachment/);
    const data = await response.json();
    expect(Object.keys(data.registration).sort()).toEqual(Object.values(Prisma.RegistrationScalarFieldEnum).sort());
    expect(data.registration).toMatchObject({ name: erika.name, email: erika.email, checkInCode: erika.checkInCode });
    expect(data.consent).toMatchObject({ at: expect.any(String), noticeVersion: expect.any(String) });
    expect(data.answers.map((a: { question: string }) => a.question)).toEqual(["Funktion", "Erwartungen"]);
    expect(data.sessions).toEqual([expect.objectContaining({ sessionId: session.id, title: "Werkstatt", status: "confirmed" })]);
    // The confirmation (with the conference's invite) and the session's invite, a message of its own.
    expect(data.emails).toEqual([
      expect.objectContaining({ kind: "registration-received", status: "sent", to: erika.email, subject: expect.stringContaining("Testkonferenz") }),
      expect.objectContaining({ kind: "calendar-invite", status: "sent", to: erika.email }),
    ]);
    expect(data.changeLog.map((c: { action: string }) => c.action)).toContain("registration.create");
    expect(JSON.stringify(data)).not.toContain(erika.token);
  });
});

describe("retention", () => {
  /** Moves a conference so that it ended `endedDaysAgo`-ish: startsAt a day before endsAt. */
  async function endConferenceAt(conferenceId: string, endsAt: Date, retentionMonths = 6) {
    await db.conference.update({ where: { id: conferenceId }, data: { startsAt: new Date(endsAt.getTime() - 864e5), endsAt, retentionMonths, registrationOpensAt: null } });
  }

  it("anonymises a whole conference after its period, deletes its mails and keeps the counts; a dry run changes nothing", async () => {
    const { conference, session, owner } = await setup();
    const people = [await attend(conference, [session.id], "kommune"), await attend(conference, [session.id], "schule"), await attend(conference, [], "kommune")];
    for (const p of people.slice(0, 2)) await checkInAttendee({ conferenceId: conference.id, code: p.checkInCode, actor: { userId: owner.id } });
    await deliverPending({ conferenceId: conference.id, delivery: devMailboxDelivery, limit: 100 });
    const endsAt = new Date("2025-03-10T16:00:00Z");
    await endConferenceAt(conference.id, endsAt);
    const now = new Date("2025-09-11T00:00:00Z");

    const dry = await runRetention({ now, dryRun: true, conferenceIds: [conference.id] });
    // Three confirmations and the invite for the one session seat, a message of its own.
    expect(dry.conferences).toEqual([expect.objectContaining({ slug: conference.slug, registrations: 3, emails: 4, retentionEndsAt: "2025-09-10T16:00:00.000Z" })]);
    expect((await db.registration.findUniqueOrThrow({ where: { id: people[0].id } })).email).toBe(people[0].email);

    const report = await runRetention({ now, conferenceIds: [conference.id] });
    expect(report.conferences).toHaveLength(1);
    for (const p of people) await expectNowhere(p);
    expect(await db.emailOutbox.count({ where: { conferenceId: conference.id } })).toBe(0);
    expect(await db.devMailboxMessage.count({ where: { conferenceId: conference.id } })).toBe(0);
    const c = await db.conference.findUniqueOrThrow({ where: { id: conference.id }, include: { sessions: true } });
    expect(c.anonymisedAt).toEqual(now);
    expect(c.seatsTaken).toBe(3);
    expect(c.sessions[0].seatsTaken).toBe(1);
    const rows = await db.registration.findMany({ where: { conferenceId: conference.id } });
    expect(rows.map((r) => r.status).sort()).toEqual(["confirmed", "confirmed", "confirmed"]);
    expect(rows.filter((r) => r.checkedInAt).length).toBe(2);
    expect(rows.map((r) => (r.answers as { role: string }).role).sort()).toEqual(["kommune", "kommune", "schule"]);
    expect(await db.sessionRegistration.groupBy({ by: ["status"], where: { sessionId: session.id }, _count: true })).toEqual(
      expect.arrayContaining([expect.objectContaining({ status: "confirmed", _count: 1 }), expect.objectContaining({ status: "waitlisted", _count: 1 })]),
    );
    // The audit log keeps who did what to which id.
    expect(await db.auditLog.count({ where: { conferenceId: conference.id, action: "registration.create", entityId: { in: people.map((p) => p.id) } } })).toBe(3);
    expect((await runRetention({ now, conferenceIds: [conference.id] })).conferences).toEqual([]);
  });

  const end = new Date("2025-01-31T17:00:00Z");
  it.each([
    { months: 6, offsetDays: -1, due: false },
    { months: 6, offsetDays: 1, due: true },
    { months: 2, offsetDays: -1, due: false },
    { months: 2, offsetDays: 1, due: true },
  ])("$months months after the end, $offsetDays day(s) off: anonymised = $due", async ({ months, offsetDays, due }) => {
    const { conference } = await setup();
    const erika = await attend(conference, []);
    await endConferenceAt(conference.id, end, months);
    const now = new Date(addMonths(end, months).getTime() + offsetDays * 864e5);
    const report = await runRetention({ now, conferenceIds: [conference.id] });
    expect(report.conferences.length).toBe(due ? 1 : 0);
    expect((await db.registration.findUniqueOrThrow({ where: { id: erika.id } })).email).toBe(due ? "" : erika.email);
  });

  it("leaves a conference that has not ended yet alone, and the period cannot be longer than six months or removed", async () => {
    const { conference } = await setup();
    const erika = await attend(conference, []);
    expect((await runRetention({ now: new Date(conference.endsAt.getTime() - 3600_000), conferenceIds: [conference.id] })).conferences).toEqual([]);
    expect((await db.registration.findUniqueOrThrow({ where: { id: erika.id } })).email).toBe(erika.email);
    await expect(db.conference.update({ where: { id: conference.id }, data: { retentionMonths: 7 } })).rejects.toThrow();
    await expect(db.conference.update({ where: { id: conference.id }, data: { retentionMonths: 0 } })).rejects.toThrow();
  });
});

describe("secrets and leftovers", () => {
  it("an outbox row holds no usable manage token while pending and drops its content once sent", async () => {
    const { conference } = await setup();
    const erika = await attend(conference, []);
    const pending = await db.emailOutbox.findFirstOrThrow({ where: { registrationId: erika.id } });
    expect(JSON.stringify(pending.payload)).not.toContain(erika.token);
    const { delivery, messages } = capture();
    await deliverPending({ onlyIds: [pending.id], delivery });
    expect(String(messages[0].html)).toContain(`/manage/${erika.token}`);
    const sent = await db.emailOutbox.findUniqueOrThrow({ where: { id: pending.id } });
    expect(sent.payload).toEqual({});
    expect(sent.subject).toContain("Testkonferenz");
  });

  it("the job purges expired sign-in tokens and sessions, old Idempotency-Keys and the content of long-failed mails", async () => {
    // Judged 31 days from now: the failed mail (updatedAt is set by Prisma on every write) is then old enough.
    const now = new Date(Date.now() + 31 * 864e5);
    const user = await db.user.create({ data: { email: `${uniq("u")}@example.org` } });
    const [oldToken, freshToken] = [uniq("vt"), uniq("vt")];
    await db.verificationToken.createMany({ data: [{ identifier: user.email, token: oldToken, expires: new Date(now.getTime() - 60_000) }, { identifier: user.email, token: freshToken, expires: new Date(now.getTime() + 600_000) }] });
    const [oldKey, freshKey] = [uniq("k"), uniq("k")];
    await db.idempotencyKey.createMany({
      data: [
        { scope: "t", key: oldKey, requestHash: "h", responseStatus: 201, responseBody: "{}", createdAt: new Date(now.getTime() - 25 * 3600_000) },
        { scope: "t", key: freshKey, requestHash: "h", responseStatus: 201, responseBody: "{}", createdAt: new Date(now.getTime() - 3600_000) },
      ],
    });
    const failed = await db.emailOutbox.create({ data: { kind: "manage-link", toAddress: "x@example.org", payload: { manageUrl: "secret" }, messageId: `<${uniq("m")}@localhost>`, status: "failed" } });
    const report = await runRetention({ now, conferenceIds: [] });
    expect(report.purged.verificationTokens).toBeGreaterThanOrEqual(1);
    expect((await db.verificationToken.findMany({ where: { identifier: user.email } })).map((t) => t.token)).toEqual([freshToken]);
    expect((await db.idempotencyKey.findMany({ where: { key: { in: [oldKey, freshKey] } } })).map((k) => k.key)).toEqual([freshKey]);
    expect((await db.emailOutbox.findUniqueOrThrow({ where: { id: failed.id } })).payload).toEqual({});
  });
});

describe("privacy settings", () => {
  it.each([
    { input: { retentionMonths: 3 }, expected: { retentionMonths: 3, privacyText: "Fotos: siehe Aushang" } },
    { input: { privacyText: "Livestream im Saal" }, expected: { retentionMonths: 6, privacyText: "Livestream im Saal" } },
    { input: { privacyText: null }, expected: { retentionMonths: 6, privacyText: null } },
    { input: {}, expected: { retentionMonths: 6, privacyText: "Fotos: siehe Aushang" } },
  ])("a conference's privacy settings: $input changes only what it names", async ({ input, expected }) => {
    const { conference, owner } = await setup();
    await db.conference.update({ where: { id: conference.id }, data: { privacyText: "Fotos: siehe Aushang" } });
    await updateConferencePrivacy({ actor: { userId: owner.id }, input: conferencePrivacySchema.parse({ conferenceId: conference.id, ...input }) });
    expect(await db.conference.findUniqueOrThrow({ where: { id: conference.id }, select: { retentionMonths: true, privacyText: true } })).toEqual(expected);
  });

  it("the retention period cannot be set beyond six months or to none, and viewers cannot change it", async () => {
    const { conference, host } = await setup();
    for (const retentionMonths of [0, 7, 12]) expect(conferencePrivacySchema.safeParse({ conferenceId: conference.id, retentionMonths }).success).toBe(false);
    const viewer = await db.user.create({ data: { email: `${uniq("v")}@example.org`, memberships: { create: { hostId: host.id, role: "viewer" } } } });
    await expect(updateConferencePrivacy({ actor: { userId: viewer.id }, input: { conferenceId: conference.id, retentionMonths: 1 } })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("only platform admins change the operator's details, and the change is logged", async () => {
    const admin = await db.user.create({ data: { email: `${uniq("a")}@example.org`, isPlatformAdmin: true } });
    const owner = await db.user.create({ data: { email: `${uniq("o")}@example.org` } });
    const street = uniq("Markt");
    const input = operatorSettingsSchema.parse({ name: `Betreiber ${uniq("e.V.")}`, address: `${street}\n04109 Leipzig`, dpoEmail: `${uniq("datenschutz")}@example.org` });
    await expect(updateOperatorSettings({ actor: { userId: owner.id }, input })).rejects.toMatchObject({ code: "forbidden" });
    expect((await updateOperatorSettings({ actor: { userId: admin.id }, input })).changed.sort()).toEqual(["address", "dpoEmail", "name"]);
    expect(await getOperatorSettings()).toMatchObject({ name: input.name, address: `${street}\n04109 Leipzig`, phone: "" });
    expect(await db.auditLog.findFirstOrThrow({ where: { action: "operator.update", actorUserId: admin.id } })).toMatchObject({ after: { name: input.name } });
    expect(operatorSettingsSchema.safeParse({ dpoEmail: "kein-name" }).success).toBe(false);
  });
});
