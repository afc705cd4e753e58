import { beforeAll, describe, expect, it } from "vitest";
import { addConferenceHost as addConferenceHostUseCase, removeConferenceHost as removeConferenceHostUseCase, setConferenceHostRole as setConferenceHostRoleUseCase } from "@/lib/conferences/conference-hosts";
import { createConference as createConferenceUseCase } from "@/lib/conferences/create-conference";
import { addQuestion as addQuestionUseCase, archiveQuestion as archiveQuestionUseCase, moveQuestion as moveQuestionUseCase, restoreQuestion as restoreQuestionUseCase, updateQuestion as updateQuestionUseCase } from "@/lib/conferences/registration-questions";
import { setConferenceStatus as setConferenceStatusUseCase } from "@/lib/conferences/set-conference-status";
import { detailsFormValues, type ConferenceDetailsInput, addConferenceHostInput, addQuestionInput, archiveQuestionInput, createConferenceInput, moveQuestionInput, removeConferenceHostInput, restoreQuestionInput, setConferenceHostRoleInput, setConferenceStatusInput, updateConferenceInput, updateQuestionInput } from "@/lib/conferences/schema";
import { updateConference as updateConferenceUseCase } from "@/lib/conferences/update-conference";
import { db } from "@/lib/db";
import { renderEmail } from "@/lib/mail/render";
import { registerAttendee } from "../helpers/register";
import { createHost, uniq } from "../helpers/fixtures";
import { parsed } from "../helpers/parsed";

const addConferenceHost = parsed(addConferenceHostInput, addConferenceHostUseCase);
const removeConferenceHost = parsed(removeConferenceHostInput, removeConferenceHostUseCase);
const setConferenceHostRole = parsed(setConferenceHostRoleInput, setConferenceHostRoleUseCase);
const createConference = parsed(createConferenceInput, createConferenceUseCase);
const addQuestion = parsed(addQuestionInput, addQuestionUseCase);
const archiveQuestion = parsed(archiveQuestionInput, archiveQuestionUseCase);
const moveQuestion = parsed(moveQuestionInput, moveQuestionUseCase);
const restoreQuestion = parsed(restoreQuestionInput, restoreQuestionUseCase);
const updateQuestion = parsed(updateQuestionInput, updateQuestionUseCase);
const setConferenceStatus = parsed(setConferenceStatusInput, setConferenceStatusUseCase);
const updateConference = parsed(updateConferenceInput, updateConferenceUseCase);

beforeAll(() => {
  process.env.RATE_LIMIT = "off";
  // Registration keeps a conference's questions in memory for a second; these tests change them between registrations.
  process.env.REGISTRATION_CACHE_MS = "0";
});

async function user(hostId: string | null, role: "owner" | "editor" | "viewer" = "owner", admin = false) {
  return db.user.create({ data: { email: `${uniq("u")}@example.org`, isPlatformAdmin: admin, ...(hostId ? { memberships: { create: { hostId, role } } } : {}) } });
}

const details = (overrides: Partial<ConferenceDetailsInput> = {}): ConferenceDetailsInput => ({
  title: "Bildungskonferenz 2028",
  subtitle: "",
  slug: uniq("bk"),
  description: "Worum es geht.",
  venueName: "Kongresshalle",
  venueAddress: "Pfaffendorfer Str. 31, 04105 Leipzig",
  timeZone: "Europe/Berlin",
  firstDay: "2028-03-09",
  lastDay: "2028-03-10",
  startTime: "09:00",
  endTime: "16:30",
  registrationOpensAt: "",
  registrationClosesAt: "",
  capacity: "",
  contactEmail: "kontakt@example.org",
  ...overrides,
});

/** BiSMit-like organiser with owner, editor, viewer; EMMD-like partner with an editor; an outsider; a published conference. */
async function scenario(options: { capacity?: number | null } = {}) {
  const organiser = await createHost();
  const partner = await createHost();
  const owner = await user(organiser.id, "owner");
  const conference = await createConference({ input: { hostId: organiser.id, details: details({ capacity: options.capacity ?? "" }) }, actor: { userId: owner.id } });
  await addConferenceHost({ input: { conferenceId: conference.id, hostId: partner.id, role: "partner" }, actor: { userId: owner.id } });
  await setConferenceStatus({ input: { conferenceId: conference.id, status: "published" }, actor: { userId: owner.id } });
  await db.conference.update({ where: { id: conference.id }, data: { registrationOpensAt: new Date(Date.now() - 864e5) } });
  const fresh = await db.conference.findUniqueOrThrow({ where: { id: conference.id } });
  const form = (overrides: Partial<ConferenceDetailsInput> = {}) => ({ ...detailsFormValues(fresh), ...overrides });
  return {
    organiser,
    partner,
    owner,
    conference: fresh,
    form,
    viewer: await user(organiser.id, "viewer"),
    partnerEditor: await user(partner.id, "editor"),
    outsider: await user(null),
    otherOwner: await user((await createHost()).id, "owner"),
  };
}

async function register(slug: string, name: string, extra: Record<string, unknown> = {}) {
  return registerAttendee({ conferenceSlug: slug, input: { name, email: `${uniq(name.toLowerCase())}@example.org`, consent: true, ...extra } });
}

const snapshotConference = (id: string) => db.conference.findUniqueOrThrow({ where: { id }, include: { hosts: { orderBy: { hostId: "asc" } }, questions: { orderBy: { key: "asc" } } } });

describe("creating a conference", () => {
  it("a host's owner creates a draft organised by their host, with days in the conference's time zone and an audit row", async () => {
    const host = await createHost();
    const owner = await user(host.id, "owner");
    const slug = uniq("neu");
    const created = await createConference({
      input: { hostId: host.id, details: details({ slug, timeZone: "America/New_York", firstDay: "2028-03-09", lastDay: "2028-03-10", registrationOpensAt: "2028-01-01T08:00", registrationClosesAt: "2028-03-01T18:00", capacity: "120" }) },
      actor: { userId: owner.id },
    });
    const stored = await db.conference.findUniqueOrThrow({ where: { id: created.id }, include: { hosts: true } });
    expect(stored).toMatchObject({ slug, status: "draft", timeZone: "America/New_York", capacity: 120, contactEmail: "kontakt@example.org" });
    // New York is on standard time (UTC−5) until 12 March 2028: 09:00 and 16:30 there, whatever the server's zone.
    expect(stored.startsAt.toISOString()).toBe("2028-03-09T14:00:00.000Z");
    expect(stored.endsAt.toISOString()).toBe("2028-03-10T21:30:00.000Z");
    expect(stored.registrationOpensAt?.toISOString()).toBe("2028-01-01T13:00:00.000Z");
    expect(stored.registrationClosesAt?.toISOString()).toBe("2028-03-01T23:00:00.000Z");
    expect(stored.hosts).toEqual([expect.objectContaining({ hostId: host.id, role: "organiser" })]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: created.id, action: "conference.create" } });
    expect(audit.actorUserId).toBe(owner.id);
    expect(detailsFormValues(stored)).toMatchObject({ firstDay: "2028-03-09", startTime: "09:00", lastDay: "2028-03-10", endTime: "16:30", registrationOpensAt: "2028-01-01T08:00", capacity: "120" });
  });

  it("a platform admin creates a conference for any host; a viewer, an outsider and another host's owner are refused", async () => {
    const host = await createHost();
    const admin = await user(null, "owner", true);
    await expect(createConference({ input: { hostId: host.id, details: details() }, actor: { userId: admin.id } })).resolves.toMatchObject({ status: "draft" });
    const before = await db.conference.count();
    const viewer = await user(host.id, "viewer");
    await expect(createConference({ input: { hostId: host.id, details: details() }, actor: { userId: viewer.id } })).rejects.toMatchObject({ code: "forbidden" });
    const outsider = await user(null);
    await expect(createConference({ input: { hostId: host.id, details: details() }, actor: { userId: outsider.id } })).rejects.toMatchObject({ code: "forbidden" });
    const otherOwner = await user((await createHost()).id, "owner");
    await expect(createConference({ input: { hostId: host.id, details: details() }, actor: { userId: otherOwner.id } })).rejects.toMatchObject({ code: "forbidden" });
    await expect(createConference({ input: { hostId: "no-such-host", details: details() }, actor: { userId: admin.id } })).rejects.toMatchObject({ code: "validation", fields: { hostId: "unknownHost" } });
    expect(await db.conference.count()).toBe(before);
  });

  it("refuses a taken slug, a malformed slug, an unknown time zone, a last day before the first, a window that closes before it opens, a negative capacity and a bad email — each as a field error", async () => {
    const host = await createHost();
    const owner = await user(host.id, "owner");
    const taken = uniq("belegt");
    await createConference({ input: { hostId: host.id, details: details({ slug: taken }) }, actor: { userId: owner.id } });
    const before = await db.conference.count();
    const cases: [Partial<ConferenceDetailsInput>, string, string][] = [
      [{ slug: taken }, "slug", "slugTaken"],
      [{ slug: "Mit Leerzeichen" }, "slug", "invalidSlug"],
      [{ timeZone: "Europe/Atlantis" }, "timeZone", "invalidTimeZone"],
      [{ firstDay: "2028-03-10", lastDay: "2028-03-09" }, "lastDay", "lastDayBeforeFirst"],
      [{ firstDay: "2028-03-10", lastDay: "2028-03-10", startTime: "17:00", endTime: "09:00" }, "endTime", "endBeforeStart"],
      [{ registrationOpensAt: "2028-02-01T10:00", registrationClosesAt: "2028-01-01T10:00" }, "registrationClosesAt", "closesBeforeOpens"],
      [{ capacity: "-1" }, "capacity", "invalidCapacity"],
      [{ capacity: "zehn" }, "capacity", "invalidCapacity"],
      [{ contactEmail: "keine-adresse" }, "contactEmail", "invalidEmail"],
      [{ title: "  " }, "title", "required"],
      [{ firstDay: "9.3.2028" }, "firstDay", "invalidDay"],
    ];
    for (const [overrides, field, code] of cases) {
      const error = await createConference({ input: { hostId: host.id, details: details(overrides) }, actor: { userId: owner.id } }).catch((e: unknown) => e);
      const fields = (error as { fields?: Record<string, string>; issues?: { path: string[]; message: string }[] }).fields ?? Object.fromEntries(((error as { issues?: { path: string[]; message: string }[] }).issues ?? []).map((i) => [i.path.join("."), i.message]));
      expect(fields[field] ?? fields[`details.${field}`], JSON.stringify(overrides)).toBe(code);
    }
    expect(await db.conference.count()).toBe(before);
  });
});

describe("editing a conference's details", () => {
  it("the owner changes title, venue and slug; the audit row has before and after of the changed fields only (untouched dates keep their seconds)", async () => {
    const s = await scenario();
    const slug = uniq("umbenannt");
    await updateConference({ input: { conferenceId: s.conference.id, details: s.form({ title: "Neuer Titel", venueName: "Neue Halle", slug }) }, actor: { userId: s.owner.id } });
    expect(await db.conference.findUniqueOrThrow({ where: { id: s.conference.id } })).toMatchObject({ title: "Neuer Titel", venueName: "Neue Halle", slug });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: s.conference.id, action: "conference.update" } });
    expect(audit.before).toEqual({ title: "Bildungskonferenz 2028", venueName: "Kongresshalle", slug: s.conference.slug });
    expect(audit.after).toEqual({ title: "Neuer Titel", venueName: "Neue Halle", slug });
  });

  it("viewer → forbidden, partner editor → forbidden, outsider and another host's owner → not found; nothing changes", async () => {
    const s = await scenario();
    const before = await snapshotConference(s.conference.id);
    const change = { conferenceId: s.conference.id, details: s.form({ title: "Gekapert" }) };
    await expect(updateConference({ input: change, actor: { userId: s.viewer.id } })).rejects.toMatchObject({ code: "forbidden" });
    await expect(updateConference({ input: change, actor: { userId: s.partnerEditor.id } })).rejects.toMatchObject({ code: "forbidden" });
    await expect(updateConference({ input: change, actor: { userId: s.outsider.id } })).rejects.toMatchObject({ code: "not_found" });
    await expect(updateConference({ input: change, actor: { userId: s.otherOwner.id } })).rejects.toMatchObject({ code: "not_found" });
    await expect(updateConference({ input: { ...change, conferenceId: "no-such-conference" }, actor: { userId: s.owner.id } })).rejects.toMatchObject({ code: "not_found" });
    expect(await snapshotConference(s.conference.id)).toEqual(before);
  });

  it("refuses a slug another conference uses", async () => {
    const s = await scenario();
    const other = await scenario();
    await expect(updateConference({ input: { conferenceId: s.conference.id, details: s.form({ slug: other.conference.slug }) }, actor: { userId: s.owner.id } })).rejects.toMatchObject({
      code: "validation",
      fields: { slug: "slugTaken" },
    });
  });

  it("new days that would leave sessions outside are refused with how many; days that still hold them are saved", async () => {
    const s = await scenario();
    const at = (h: number) => new Date(s.conference.startsAt.getTime() + h * 36e5);
    await db.session.create({ data: { conferenceId: s.conference.id, hostId: s.organiser.id, title: "Tag 2 früh", startsAt: at(24), endsAt: at(25), status: "scheduled" } });
    await db.session.create({ data: { conferenceId: s.conference.id, hostId: s.partner.id, title: "Tag 2 spät", startsAt: at(26), endsAt: at(27), status: "draft" } });
    await db.session.create({ data: { conferenceId: s.conference.id, hostId: s.organiser.id, title: "Abgesagt", startsAt: at(28), endsAt: at(29), status: "cancelled" } });
    const before = await snapshotConference(s.conference.id);
    await expect(updateConference({ input: { conferenceId: s.conference.id, details: s.form({ lastDay: "2028-03-09" }) }, actor: { userId: s.owner.id } })).rejects.toMatchObject({
      code: "validation",
      fields: { lastDay: "sessionsOutside" },
      details: { sessionsOutside: 2 },
    });
    expect(await snapshotConference(s.conference.id)).toEqual(before);
    await updateConference({ input: { conferenceId: s.conference.id, details: s.form({ lastDay: "2028-03-11" }) }, actor: { userId: s.owner.id } });
    expect(detailsFormValues(await db.conference.findUniqueOrThrow({ where: { id: s.conference.id } })).lastDay).toBe("2028-03-11");
  });

  it("a capacity below the confirmed registrations is refused; with overflow the latest confirmed move to the front of the waiting list, losing their session seats to the session's waiting list", async () => {
    const s = await scenario({ capacity: 3 });
    const session = await db.session.create({
      data: { conferenceId: s.conference.id, hostId: s.organiser.id, title: "Werkstatt", startsAt: new Date(s.conference.startsAt.getTime() + 36e5), endsAt: new Date(s.conference.startsAt.getTime() + 2 * 36e5), status: "scheduled", capacity: 2 },
    });
    const anna = await register(s.conference.slug, "Anna", { sessionIds: [session.id] });
    const ben = await register(s.conference.slug, "Ben");
    const cleo = await register(s.conference.slug, "Cleo", { sessionIds: [session.id] });
    const dora = await register(s.conference.slug, "Dora", { sessionIds: [session.id] });
    expect(dora.registration.status).toBe("waitlisted");
    // Anna and Cleo hold the session's two seats; Dora waits for the conference and queues for the session.
    const before = await snapshotConference(s.conference.id);
    await expect(updateConference({ input: { conferenceId: s.conference.id, details: s.form({ capacity: "1" }) }, actor: { userId: s.owner.id } })).rejects.toMatchObject({
      code: "validation",
      fields: { capacity: "capacityBelowConfirmed" },
      details: { confirmed: 3 },
    });
    expect(await snapshotConference(s.conference.id)).toEqual(before);

    const result = await updateConference({ input: { conferenceId: s.conference.id, details: s.form({ capacity: "1" }), overflowToWaitlist: true }, actor: { userId: s.owner.id } });
    expect(result.movedToWaitlist).toBe(2);
    const status = async (id: string) => (await db.registration.findUniqueOrThrow({ where: { id } })).status;
    expect([await status(anna.registration.id), await status(ben.registration.id), await status(cleo.registration.id), await status(dora.registration.id)]).toEqual(["confirmed", "waitlisted", "waitlisted", "waitlisted"]);
    const conference = await db.conference.findUniqueOrThrow({ where: { id: s.conference.id } });
    expect(conference).toMatchObject({ capacity: 1, seatsTaken: 1 });
    // Moved ones keep their original time, so they stand ahead of Dora who was waiting already.
    const queue = await db.registration.findMany({ where: { conferenceId: s.conference.id, status: "waitlisted" }, orderBy: [{ waitlistedAt: "asc" }, { id: "asc" }], select: { name: true } });
    expect(queue.map((r) => r.name)).toEqual(["Ben", "Cleo", "Dora"]);
    // Cleo's session seat is freed; Dora is not admitted to the conference, so it stays free.
    const cleoSeat = await db.sessionRegistration.findFirstOrThrow({ where: { registrationId: cleo.registration.id, sessionId: session.id } });
    expect(cleoSeat.status).toBe("waitlisted");
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).seatsTaken).toBe(1);
    const mail = await db.emailOutbox.findFirstOrThrow({ where: { registrationId: cleo.registration.id, kind: "registration-updated" } });
    expect(JSON.stringify(mail.payload)).toContain("CANCEL");
    expect(mail.payload).toMatchObject({ reason: "capacity-reduced" });
    const rendered = await renderEmail({ ...mail, toName: mail.toName ?? null, messageId: "<test@tagung>" });
    expect(rendered.subject).toMatch(/^Warteliste: /);
    expect(String(rendered.text)).toContain("ganz vorn auf der Warteliste");
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: s.conference.id, action: "conference.update" }, orderBy: { at: "desc" } });
    expect(audit.after).toMatchObject({ capacity: 1, movedToWaitlist: expect.arrayContaining([ben.registration.id, cleo.registration.id]) });
  });

  it("a new venue for a published conference raises every scheduled session's revision and sends seat holders the updated invite; other edits send nothing", async () => {
    const s = await scenario();
    const start = s.conference.startsAt.getTime();
    const session = await db.session.create({ data: { conferenceId: s.conference.id, hostId: s.organiser.id, title: "Forum", startsAt: new Date(start + 36e5), endsAt: new Date(start + 2 * 36e5), status: "scheduled" } });
    const draft = await db.session.create({ data: { conferenceId: s.conference.id, hostId: s.organiser.id, title: "Entwurf", startsAt: new Date(start + 36e5), endsAt: new Date(start + 2 * 36e5), status: "draft" } });
    const anna = await register(s.conference.slug, "Anna", { sessionIds: [session.id] });

    const titleOnly = await updateConference({ input: { conferenceId: s.conference.id, details: s.form({ title: "Neuer Titel" }) }, actor: { userId: s.owner.id } });
    expect(titleOnly.venueNotified).toBe(0);
    expect(await db.emailOutbox.count({ where: { registrationId: anna.registration.id, kind: "session-updated" } })).toBe(0);

    const moved = await updateConference({ input: { conferenceId: s.conference.id, details: s.form({ title: "Neuer Titel", venueName: "Volkshochschule", venueAddress: "Diesterwegstraße 2, Halle" }) }, actor: { userId: s.owner.id } });
    expect(moved.venueNotified).toBe(1);
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).revision).toBe(1);
    expect((await db.session.findUniqueOrThrow({ where: { id: draft.id } })).revision).toBe(0);
    const mail = await db.emailOutbox.findFirstOrThrow({ where: { registrationId: anna.registration.id, kind: "session-updated" } });
    expect((mail.payload as { changes: Record<string, unknown> }).changes).toEqual({
      venue: { before: "Kongresshalle, Pfaffendorfer Str. 31, 04105 Leipzig", after: "Volkshochschule, Diesterwegstraße 2, Halle" },
    });
    expect(JSON.stringify((mail.payload as { invite: unknown }).invite)).toContain("Volkshochschule");
  });

  it("raising the capacity promotes the waiting list in order, and their queued session places with it", async () => {
    const s = await scenario({ capacity: 1 });
    const session = await db.session.create({
      data: { conferenceId: s.conference.id, hostId: s.organiser.id, title: "Forum", startsAt: new Date(s.conference.startsAt.getTime() + 36e5), endsAt: new Date(s.conference.startsAt.getTime() + 2 * 36e5), status: "scheduled" },
    });
    await register(s.conference.slug, "Erste");
    const zweite = await register(s.conference.slug, "Zweite", { sessionIds: [session.id] });
    const dritte = await register(s.conference.slug, "Dritte");
    const vierte = await register(s.conference.slug, "Vierte");
    expect([zweite, dritte, vierte].map((r) => r.registration.status)).toEqual(["waitlisted", "waitlisted", "waitlisted"]);
    const result = await updateConference({ input: { conferenceId: s.conference.id, details: s.form({ capacity: "3" }) }, actor: { userId: s.owner.id } });
    expect(result.promoted).toBe(2);
    const status = async (id: string) => (await db.registration.findUniqueOrThrow({ where: { id } })).status;
    expect([await status(zweite.registration.id), await status(dritte.registration.id), await status(vierte.registration.id)]).toEqual(["confirmed", "confirmed", "waitlisted"]);
    expect((await db.sessionRegistration.findFirstOrThrow({ where: { registrationId: zweite.registration.id } })).status).toBe("confirmed");
    expect(await db.emailOutbox.count({ where: { registrationId: zweite.registration.id, kind: "waitlist-promoted" } })).toBeGreaterThan(0);
    expect((await db.conference.findUniqueOrThrow({ where: { id: s.conference.id } })).seatsTaken).toBe(3);
    // Unlimited admits everyone left.
    await updateConference({ input: { conferenceId: s.conference.id, details: s.form({ capacity: "" }) }, actor: { userId: s.owner.id } });
    expect(await status(vierte.registration.id)).toBe("confirmed");
  });
});

describe("conference status", () => {
  it("draft → published → archived, back to published, and to draft only while nobody is registered; each change audited", async () => {
    const s = await scenario();
    const set = (status: "draft" | "published" | "archived", userId = s.owner.id) => setConferenceStatus({ input: { conferenceId: s.conference.id, status }, actor: { userId } });
    await set("draft");
    await expect(set("archived")).resolves.toEqual({ ok: false, reason: "notAllowed", registrations: 0 });
    await set("published");
    await set("archived");
    await set("published");
    await register(s.conference.slug, "Frieda");
    await expect(set("draft")).resolves.toEqual({ ok: false, reason: "hasRegistrations", registrations: 1 });
    expect((await db.conference.findUniqueOrThrow({ where: { id: s.conference.id } })).status).toBe("published");
    const audits = await db.auditLog.findMany({ where: { entityId: s.conference.id, action: "conference.status" }, orderBy: { at: "asc" } });
    expect(audits.map((a) => (a.after as { status: string }).status)).toEqual(["published", "draft", "published", "archived", "published"]);
  });

  it("viewer and partner editor are forbidden, an outsider gets not found; the status stays", async () => {
    const s = await scenario();
    for (const [actor, code] of [
      [s.viewer, "forbidden"],
      [s.partnerEditor, "forbidden"],
      [s.outsider, "not_found"],
      [s.otherOwner, "not_found"],
    ] as const) {
      await expect(setConferenceStatus({ input: { conferenceId: s.conference.id, status: "archived" }, actor: { userId: actor.id } })).rejects.toMatchObject({ code });
    }
    expect((await db.conference.findUniqueOrThrow({ where: { id: s.conference.id } })).status).toBe("published");
  });
});

describe("conference hosts", () => {
  it("adds a host, changes its role and removes it, auditing each; refuses a host already linked", async () => {
    const s = await scenario();
    const third = await createHost();
    await addConferenceHost({ input: { conferenceId: s.conference.id, hostId: third.id, role: "co_organiser" }, actor: { userId: s.owner.id } });
    await expect(addConferenceHost({ input: { conferenceId: s.conference.id, hostId: third.id, role: "partner" }, actor: { userId: s.owner.id } })).rejects.toMatchObject({ fields: { hostId: "hostAlreadyLinked" } });
    await setConferenceHostRole({ input: { conferenceId: s.conference.id, hostId: third.id, role: "partner" }, actor: { userId: s.owner.id } });
    expect((await db.conferenceHost.findUniqueOrThrow({ where: { conferenceId_hostId: { conferenceId: s.conference.id, hostId: third.id } } })).role).toBe("partner");
    await removeConferenceHost({ input: { conferenceId: s.conference.id, hostId: third.id }, actor: { userId: s.owner.id } });
    expect(await db.conferenceHost.count({ where: { conferenceId: s.conference.id, hostId: third.id } })).toBe(0);
    const actions = (await db.auditLog.findMany({ where: { entityId: `${s.conference.id}:${third.id}` }, orderBy: { at: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["conference.host.add", "conference.host.role", "conference.host.remove"]);
  });

  it("the last organiser can be neither removed nor demoted; with a second organiser it can", async () => {
    const s = await scenario();
    const input = { conferenceId: s.conference.id, hostId: s.organiser.id };
    await expect(removeConferenceHost({ input, actor: { userId: s.owner.id } })).rejects.toMatchObject({ code: "validation", fields: { hostId: "lastOrganiser" } });
    await expect(setConferenceHostRole({ input: { ...input, role: "partner" }, actor: { userId: s.owner.id } })).rejects.toMatchObject({ code: "validation", fields: { role: "lastOrganiser" } });
    expect((await db.conferenceHost.findUniqueOrThrow({ where: { conferenceId_hostId: input } })).role).toBe("organiser");
    await setConferenceHostRole({ input: { conferenceId: s.conference.id, hostId: s.partner.id, role: "organiser" }, actor: { userId: s.owner.id } });
    await setConferenceHostRole({ input: { ...input, role: "co_organiser" }, actor: { userId: s.owner.id } });
    expect((await db.conferenceHost.findUniqueOrThrow({ where: { conferenceId_hostId: input } })).role).toBe("co_organiser");
  });

  it("an organiser cannot demote or remove the host their own access comes from; an owner of another organiser host can", async () => {
    const s = await scenario();
    const own = { conferenceId: s.conference.id, hostId: s.organiser.id };
    await setConferenceHostRole({ input: { conferenceId: s.conference.id, hostId: s.partner.id, role: "organiser" }, actor: { userId: s.owner.id } });
    await expect(setConferenceHostRole({ input: { ...own, role: "partner" }, actor: { userId: s.owner.id } })).rejects.toMatchObject({ code: "validation", fields: { role: "ownAccess" } });
    await expect(removeConferenceHost({ input: own, actor: { userId: s.owner.id } })).rejects.toMatchObject({ code: "validation", fields: { hostId: "ownAccess" } });
    expect((await db.conferenceHost.findUniqueOrThrow({ where: { conferenceId_hostId: own } })).role).toBe("organiser");
    expect(await db.auditLog.count({ where: { conferenceId: s.conference.id, action: { in: ["conference.host.role", "conference.host.remove"] }, entityId: `${s.conference.id}:${s.organiser.id}` } })).toBe(0);
    // Host roles are the organiser hosts' owners' decision (issue 11): the other host's editor may not, its owner may.
    await expect(setConferenceHostRole({ input: { ...own, role: "partner" }, actor: { userId: s.partnerEditor.id } })).rejects.toMatchObject({ code: "forbidden" });
    await setConferenceHostRole({ input: { ...own, role: "partner" }, actor: { userId: (await user(s.partner.id, "owner")).id } });
    expect((await db.conferenceHost.findUniqueOrThrow({ where: { conferenceId_hostId: own } })).role).toBe("partner");
  });

  it("a host responsible for sessions cannot be removed", async () => {
    const s = await scenario();
    await db.session.create({ data: { conferenceId: s.conference.id, hostId: s.partner.id, title: "Partnerforum", startsAt: s.conference.startsAt, endsAt: new Date(s.conference.startsAt.getTime() + 36e5), status: "cancelled" } });
    await expect(removeConferenceHost({ input: { conferenceId: s.conference.id, hostId: s.partner.id }, actor: { userId: s.owner.id } })).rejects.toMatchObject({
      code: "validation",
      fields: { hostId: "hostHasSessions" },
      details: { sessions: 1 },
    });
    expect(await db.conferenceHost.count({ where: { conferenceId: s.conference.id, hostId: s.partner.id } })).toBe(1);
  });

  it("viewer and partner editor are forbidden, outsiders not found, another conference's host not found; nothing changes", async () => {
    const s = await scenario();
    const other = await scenario();
    const extra = await createHost();
    const before = await snapshotConference(s.conference.id);
    for (const [actor, code] of [
      [s.viewer, "forbidden"],
      [s.partnerEditor, "forbidden"],
      [s.outsider, "not_found"],
      [s.otherOwner, "not_found"],
    ] as const) {
      await expect(addConferenceHost({ input: { conferenceId: s.conference.id, hostId: extra.id, role: "partner" }, actor: { userId: actor.id } })).rejects.toMatchObject({ code });
      await expect(setConferenceHostRole({ input: { conferenceId: s.conference.id, hostId: s.partner.id, role: "organiser" }, actor: { userId: actor.id } })).rejects.toMatchObject({ code });
      await expect(removeConferenceHost({ input: { conferenceId: s.conference.id, hostId: s.partner.id }, actor: { userId: actor.id } })).rejects.toMatchObject({ code });
    }
    // The owner of this conference cannot reach another conference's hosts through it.
    await expect(removeConferenceHost({ input: { conferenceId: other.conference.id, hostId: other.partner.id }, actor: { userId: s.owner.id } })).rejects.toMatchObject({ code: "not_found" });
    await expect(setConferenceHostRole({ input: { conferenceId: s.conference.id, hostId: other.partner.id, role: "partner" }, actor: { userId: s.owner.id } })).rejects.toMatchObject({ code: "not_found" });
    expect(await snapshotConference(s.conference.id)).toEqual(before);
  });
});

describe("registration questions", () => {
  const choice = { label: "Welche Rolle haben Sie?", labelEn: "What is your role?", type: "single_choice" as const, required: true, options: "Schule | School\nVerwaltung | Administration\nWirtschaft" };

  it("adds a single-choice question with a key from its label and options with English labels; registration must answer it", async () => {
    const s = await scenario();
    const q = await addQuestion({ input: { conferenceId: s.conference.id, question: choice }, actor: { userId: s.owner.id } });
    expect(q).toMatchObject({ key: "welche-rolle-haben-sie", type: "single_choice", required: true, position: 0 });
    expect(q.options).toEqual([
      { value: "schule", label: "Schule", labelEn: "School" },
      { value: "verwaltung", label: "Verwaltung", labelEn: "Administration" },
      { value: "wirtschaft", label: "Wirtschaft" },
    ]);
    const again = await addQuestion({ input: { conferenceId: s.conference.id, question: { ...choice, type: "short_text", required: false, options: "" } }, actor: { userId: s.owner.id } });
    expect(again).toMatchObject({ key: "welche-rolle-haben-sie-2", position: 1, options: null });
    await expect(register(s.conference.slug, "Ohne")).rejects.toMatchObject({ code: "validation" });
    await expect(register(s.conference.slug, "Mit", { answers: { "welche-rolle-haben-sie": "schule" } })).resolves.toMatchObject({ registration: { status: "confirmed" } });
    expect(await db.auditLog.count({ where: { conferenceId: s.conference.id, action: "question.create" } })).toBe(2);
  });

  it("refuses a choice question with fewer than two distinct options, and an empty label", async () => {
    const s = await scenario();
    const add = (question: object) => addQuestion({ input: { conferenceId: s.conference.id, question: { ...choice, ...question } }, actor: { userId: s.owner.id } }).catch((e: { issues?: { path: string[]; message: string }[] }) => e.issues?.map((i) => `${i.path.join(".")}:${i.message}`));
    expect(await add({ options: "Nur eine" })).toEqual(["question.options:tooFewOptions"]);
    expect(await add({ options: "Ja\nja" })).toEqual(["question.options:duplicateOptions"]);
    expect(await add({ type: "multiple_choice", options: "" })).toEqual(["question.options:tooFewOptions"]);
    expect(await add({ label: "" })).toEqual(["question.label:required"]);
    expect(await db.registrationQuestion.count({ where: { conferenceId: s.conference.id } })).toBe(0);
  });

  it("edits a question keeping its key and the values of options whose label stayed; an unanswered one may become a text question; reorders questions", async () => {
    const s = await scenario();
    const first = await addQuestion({ input: { conferenceId: s.conference.id, question: choice }, actor: { userId: s.owner.id } });
    const second = await addQuestion({ input: { conferenceId: s.conference.id, question: { label: "Anmerkungen", type: "long_text" } }, actor: { userId: s.owner.id } });
    const edited = await updateQuestion({
      input: { conferenceId: s.conference.id, questionId: first.id, question: { ...choice, label: "Ihre Rolle", options: "Verwaltung | Administration\nSchule | School\nHochschule" } },
      actor: { userId: s.owner.id },
    });
    expect(edited.key).toBe(first.key);
    expect((edited.options as { value: string }[]).map((o) => o.value)).toEqual(["verwaltung", "schule", "hochschule"]);
    // Unanswered, so its type may still change; a text question keeps no options.
    const asText = await updateQuestion({ input: { conferenceId: s.conference.id, questionId: first.id, question: { label: "Ihre Rolle", type: "short_text" } }, actor: { userId: s.owner.id } });
    expect(asText).toMatchObject({ key: first.key, type: "short_text", options: [] });
    await expect(register(s.conference.slug, "Text", { answers: { [first.key]: "Lehrerin" } })).resolves.toMatchObject({ registration: { status: "confirmed" } });
    await moveQuestion({ input: { conferenceId: s.conference.id, questionId: second.id, direction: "up" }, actor: { userId: s.owner.id } });
    const order = await db.registrationQuestion.findMany({ where: { conferenceId: s.conference.id }, orderBy: { position: "asc" }, select: { id: true } });
    expect(order.map((q) => q.id)).toEqual([second.id, first.id]);
  });

  it("a question with answers is archived, not deleted, and cannot change type; registration still validates the remaining questions; an unanswered one is deleted", async () => {
    const s = await scenario();
    const role = await addQuestion({ input: { conferenceId: s.conference.id, question: choice }, actor: { userId: s.owner.id } });
    const notes = await addQuestion({ input: { conferenceId: s.conference.id, question: { label: "Essenswunsch", type: "short_text", required: true } }, actor: { userId: s.owner.id } });
    const unused = await addQuestion({ input: { conferenceId: s.conference.id, question: { label: "Fotos erlaubt", type: "checkbox" } }, actor: { userId: s.owner.id } });
    const answered = await register(s.conference.slug, "Greta", { answers: { [role.key]: "schule", [notes.key]: "vegetarisch" } });

    await expect(updateQuestion({ input: { conferenceId: s.conference.id, questionId: role.id, question: { ...choice, type: "short_text" } }, actor: { userId: s.owner.id } })).rejects.toMatchObject({
      code: "validation",
      fields: { type: "typeLocked" },
    });
    await expect(archiveQuestion({ input: { conferenceId: s.conference.id, questionId: role.id }, actor: { userId: s.owner.id } })).resolves.toEqual({ outcome: "archived", answers: 1 });
    await expect(archiveQuestion({ input: { conferenceId: s.conference.id, questionId: unused.id }, actor: { userId: s.owner.id } })).resolves.toEqual({ outcome: "deleted", answers: 0 });
    expect(await db.registrationQuestion.findUnique({ where: { id: unused.id } })).toBeNull();
    expect((await db.registrationQuestion.findUniqueOrThrow({ where: { id: role.id } })).archivedAt).not.toBeNull();
    expect((await db.registration.findUniqueOrThrow({ where: { id: answered.registration.id } })).answers).toMatchObject({ [role.key]: "schule" });

    // The archived question is no longer asked (an answer to it is unknown); the remaining one is still required.
    await expect(register(s.conference.slug, "Hanna")).rejects.toMatchObject({ code: "validation" });
    await expect(register(s.conference.slug, "Hanna", { answers: { [role.key]: "schule", [notes.key]: "vegan" } })).rejects.toMatchObject({ code: "validation" });
    await expect(register(s.conference.slug, "Hanna", { answers: { [notes.key]: "vegan" } })).resolves.toMatchObject({ registration: { status: "confirmed" } });

    await restoreQuestion({ input: { conferenceId: s.conference.id, questionId: role.id }, actor: { userId: s.owner.id } });
    expect((await db.registrationQuestion.findUniqueOrThrow({ where: { id: role.id } })).archivedAt).toBeNull();
    const actions = (await db.auditLog.findMany({ where: { conferenceId: s.conference.id, entityType: "RegistrationQuestion" } })).map((a) => a.action).sort();
    expect(actions).toEqual(["question.archive", "question.create", "question.create", "question.create", "question.delete", "question.restore"]);
  });

  it("viewer and partner editor are forbidden, outsiders not found, and another conference's question is not found; nothing changes", async () => {
    const s = await scenario();
    const other = await scenario();
    const q = await addQuestion({ input: { conferenceId: s.conference.id, question: choice }, actor: { userId: s.owner.id } });
    const foreign = await addQuestion({ input: { conferenceId: other.conference.id, question: choice }, actor: { userId: other.owner.id } });
    const before = await snapshotConference(s.conference.id);
    for (const [actor, code] of [
      [s.viewer, "forbidden"],
      [s.partnerEditor, "forbidden"],
      [s.outsider, "not_found"],
      [s.otherOwner, "not_found"],
    ] as const) {
      const userId = actor.id;
      await expect(addQuestion({ input: { conferenceId: s.conference.id, question: choice }, actor: { userId } })).rejects.toMatchObject({ code });
      await expect(updateQuestion({ input: { conferenceId: s.conference.id, questionId: q.id, question: { ...choice, label: "X" } }, actor: { userId } })).rejects.toMatchObject({ code });
      await expect(archiveQuestion({ input: { conferenceId: s.conference.id, questionId: q.id }, actor: { userId } })).rejects.toMatchObject({ code });
      await expect(moveQuestion({ input: { conferenceId: s.conference.id, questionId: q.id, direction: "down" }, actor: { userId } })).rejects.toMatchObject({ code });
    }
    await expect(archiveQuestion({ input: { conferenceId: s.conference.id, questionId: foreign.id }, actor: { userId: s.owner.id } })).rejects.toMatchObject({ code: "not_found" });
    await expect(updateQuestion({ input: { conferenceId: s.conference.id, questionId: foreign.id, question: choice }, actor: { userId: s.owner.id } })).rejects.toMatchObject({ code: "not_found" });
    expect(await snapshotConference(s.conference.id)).toEqual(before);
    expect(await db.registrationQuestion.findUniqueOrThrow({ where: { id: foreign.id } })).toMatchObject({ label: choice.label, archivedAt: null });
  });
});
