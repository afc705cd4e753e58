/**
 * Issue 10: a partial update changes what it names and nothing else. For every model with an
 * update use case: a row with every column filled (non-default values), one update per field,
 * then the row read back and compared column by column with the row before. Only the sent fields
 * may differ, plus `updatedAt` (and a session's `revision` where attendees are told of a change).
 */
import { beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/conferences/[slug]/registrations/route";
import { PATCH } from "@/app/api/registrations/[token]/route";
import { setConferenceHostRole as setConferenceHostRoleUseCase } from "@/lib/conferences/conference-hosts";
import { updateQuestion as updateQuestionUseCase } from "@/lib/conferences/registration-questions";
import { updateConference as updateConferenceUseCase } from "@/lib/conferences/update-conference";
import { updateFormFields as updateFormFieldsUseCase } from "@/lib/conferences/update-form-fields";
import { db } from "@/lib/db";
import { renderEmail } from "@/lib/mail/render";
import { resetRateLimits } from "@/lib/rate-limit";
import { saveRoom as saveRoomUseCase } from "@/lib/resources/save-room";
import { saveSpeaker as saveSpeakerUseCase } from "@/lib/resources/save-speaker";
import { saveTrack as saveTrackUseCase } from "@/lib/resources/save-track";
import { TRACK_PALETTE } from "@/lib/resources/rules";
import { editSessionInput, editToChanges } from "@/lib/sessions/schema";
import { sessionChanges, updateSession } from "@/lib/sessions/update-session";
import { createConference, createHost, uniq } from "../helpers/fixtures";
import { parsed } from "../helpers/parsed";
import { formFieldsInput, setConferenceHostRoleInput, updateConferenceInput, updateQuestionInput } from "@/lib/conferences/schema";
import { saveRoomInput, saveSpeakerInput, saveTrackInput } from "@/lib/resources/schema";
import { createHost as createHostUseCase } from "@/lib/admin/create-host";
import { updateHost as updateHostUseCase } from "@/lib/admin/update-host";
import { createHostInput, updateHostInput } from "@/lib/hosts/schema";

const setConferenceHostRole = parsed(setConferenceHostRoleInput, setConferenceHostRoleUseCase);
const updateQuestion = parsed(updateQuestionInput, updateQuestionUseCase);
const updateConference = parsed(updateConferenceInput, updateConferenceUseCase);
const updateFormFields = parsed(formFieldsInput, updateFormFieldsUseCase);
const saveRoom = parsed(saveRoomInput, saveRoomUseCase);
const saveSpeaker = parsed(saveSpeakerInput, saveSpeakerUseCase);
const saveTrack = parsed(saveTrackInput, saveTrackUseCase);
const updateHost = parsed(updateHostInput, updateHostUseCase);
const createHost_ = parsed(createHostInput, createHostUseCase);

beforeEach(() => resetRateLimits());

type Row = Record<string, unknown>;
const norm = (v: unknown) => JSON.parse(JSON.stringify(v ?? null)) as unknown;

/** Every column of `after` equals `before`, except the `expected` ones (which must really differ) and `moving`. */
function expectOnly(before: Row, after: Row, expected: Row, moving: string[] = []) {
  for (const key of Object.keys(expected)) expect(norm(before[key]), `${key} must differ before the update, or the case proves nothing`).not.toEqual(norm(expected[key]));
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (["updatedAt", ...moving].includes(key)) continue;
    if (key in expected) expect(norm(after[key]), `${key} (sent)`).toEqual(norm(expected[key]));
    else expect(norm(after[key]), `${key} (not sent)`).toEqual(norm(before[key]));
  }
}

async function organiserOf(hostId: string) {
  return db.user.create({
    data: {
      email: `${uniq("org")}@example.org`,
      memberships: { create: { hostId, role: "owner" } },
    },
  });
}

// ───────────── Registration ─────────────

const STORED_ANSWERS = {
  role: "kommune",
  topics: ["bo", "fk"],
  note: "Frühe Anreise",
  old: "Antwort auf eine archivierte Frage",
};

/** A registration with every column filled, through the API, then the columns registration does not set. */
async function filledRegistration() {
  const { conference, host, rooms } = await createConference();
  const at = (minutes: number) => new Date(conference.startsAt.getTime() + minutes * 60_000);
  const [s1, s2, s3] = await Promise.all(
    [60, 180, 300].map((offset, i) =>
      db.session.create({
        data: {
          conferenceId: conference.id,
          hostId: host.id,
          roomId: rooms[0].id,
          title: `Werkstatt ${i + 1}`,
          startsAt: at(offset),
          endsAt: at(offset + 60),
          status: "scheduled",
        },
      }),
    ),
  );
  const choice = (values: string[]) => values.map((value) => ({ value, label: value.toUpperCase() }));
  await db.registrationQuestion.createMany({
    data: [
      {
        conferenceId: conference.id,
        key: "role",
        label: "Funktion",
        type: "single_choice",
        required: true,
        options: choice(["kommune", "schule"]),
        position: 0,
      },
      {
        conferenceId: conference.id,
        key: "topics",
        label: "Themen",
        labelEn: "Topics",
        type: "multiple_choice",
        options: choice(["bo", "fk", "wb"]),
        position: 1,
      },
      {
        conferenceId: conference.id,
        key: "note",
        label: "Hinweis",
        type: "short_text",
        position: 2,
      },
      {
        conferenceId: conference.id,
        key: "old",
        label: "Alte Frage",
        type: "long_text",
        position: 3,
      },
    ],
  });
  const response = await POST(
    new Request(`http://test/api/conferences/${conference.slug}/registrations`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-forwarded-for": uniq("ip"),
      },
      body: JSON.stringify({
        name: "Zoë Ağaoğlu",
        email: `${uniq("p")}@example.org`,
        organisation: "Landkreis Saalekreis",
        jobTitle: "Bildungskoordinatorin",
        accessibilityNeeds: "Rollstuhlplatz",
        dietaryRequirements: "vegan",
        answers: STORED_ANSWERS,
        sessionIds: [s1.id, s2.id],
        consent: true,
        locale: "en",
      }),
    }),
    { params: Promise.resolve({ slug: conference.slug }) },
  );
  expect(response.status).toBe(201);
  const body = (await response.json()) as { id: string; manageUrl: string };
  // The question was archived after this registration answered it.
  await db.registrationQuestion.updateMany({
    where: { conferenceId: conference.id, key: "old" },
    data: { archivedAt: new Date() },
  });
  await db.registration.update({
    where: { id: body.id },
    // Columns a confirmed registration may carry from its history too (moved up from the waiting list, a cancellation undone).
    data: {
      checkedInAt: new Date("2027-01-02T09:00:00Z"),
      checkedInBy: "Empfang",
      broadcastOptOutAt: new Date("2027-01-01T00:00:00Z"),
      source: "organiser",
      waitlistedAt: new Date("2026-12-01T00:00:00Z"),
      cancelledAt: new Date("2026-12-02T00:00:00Z"),
      badgePrintedAt: new Date("2027-01-01T18:00:00Z"),
    },
  });
  const row = await db.registration.findUniqueOrThrow({
    where: { id: body.id },
  });
  // Every column but anonymisedAt (an erased registration has no manage link left to update).
  for (const [column, value] of Object.entries(row)) if (column !== "anonymisedAt") expect(value, `${column} is filled`).not.toBeNull();
  return {
    registration: row,
    token: body.manageUrl.split("/manage/")[1],
    sessions: [s1, s2, s3],
  };
}

function patch(token: string, body: unknown) {
  return PATCH(
    new Request("http://test", {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ token }) },
  );
}

async function sessionsOf(registrationId: string) {
  const rows = await db.sessionRegistration.findMany({
    where: { registrationId, status: { not: "cancelled" } },
    orderBy: { sessionId: "asc" },
  });
  return rows.map((r) => r.sessionId);
}

type RegistrationCase = {
  name: string;
  body: (s: { id: string }[]) => Row;
  expected: Row;
  /** What the audit row's `changed` and the email name. */
  named: string[];
};

const registrationCases: RegistrationCase[] = [
  {
    name: "name",
    body: () => ({ name: "Zoë Ağaoğlu-O'Brien" }),
    expected: { name: "Zoë Ağaoğlu-O'Brien" },
    named: ["name"],
  },
  {
    name: "organisation",
    body: () => ({ organisation: "Stadt Halle (Saale)" }),
    expected: { organisation: "Stadt Halle (Saale)" },
    named: ["organisation"],
  },
  {
    name: "organisation cleared with null",
    body: () => ({ organisation: null }),
    expected: { organisation: null },
    named: ["organisation"],
  },
  {
    name: "organisation cleared with an empty string",
    body: () => ({ organisation: "  " }),
    expected: { organisation: null },
    named: ["organisation"],
  },
  {
    name: "job title",
    body: () => ({ jobTitle: "Referentin" }),
    expected: { jobTitle: "Referentin" },
    named: ["jobTitle"],
  },
  {
    name: "accessibility needs",
    body: () => ({ accessibilityNeeds: "Induktionsschleife" }),
    expected: { accessibilityNeeds: "Induktionsschleife" },
    named: ["accessibilityNeeds"],
  },
  {
    name: "accessibility needs cleared",
    body: () => ({ accessibilityNeeds: null }),
    expected: { accessibilityNeeds: null },
    named: ["accessibilityNeeds"],
  },
  {
    name: "dietary requirements",
    body: () => ({ dietaryRequirements: "glutenfrei" }),
    expected: { dietaryRequirements: "glutenfrei" },
    named: ["dietaryRequirements"],
  },
  {
    name: "locale",
    body: () => ({ locale: "de" }),
    expected: { locale: "de" },
    named: ["locale"],
  },
  {
    name: "sessions only (the manage page's programme form)",
    body: (s) => ({ sessionIds: [s[0].id, s[2].id] }),
    expected: {},
    named: ["sessions"],
  },
  {
    name: "one answer; the others and the archived one stay",
    body: () => ({ answers: { note: "Späte Abreise" } }),
    expected: { answers: { ...STORED_ANSWERS, note: "Späte Abreise" } },
    named: ["answers.note"],
  },
  {
    name: "one answer deleted with null",
    body: () => ({ answers: { topics: null } }),
    expected: {
      answers: {
        role: "kommune",
        note: "Frühe Anreise",
        old: STORED_ANSWERS.old,
      },
    },
    named: ["answers.topics"],
  },
  {
    name: "a required answer changed",
    body: () => ({ answers: { role: "schule" } }),
    expected: { answers: { ...STORED_ANSWERS, role: "schule" } },
    named: ["answers.role"],
  },
  {
    name: "the archived answer sent back unchanged",
    body: () => ({
      answers: { old: STORED_ANSWERS.old, note: "Frühe Anreise" },
    }),
    expected: {},
    named: [],
  },
  { name: "nothing", body: () => ({}), expected: {}, named: [] },
];

describe("Registration: PATCH /api/registrations/{token} changes only what it sends", () => {
  it.each(registrationCases)("$name", async (c) => {
    const { registration, token, sessions } = await filledRegistration();
    const sessionsBefore = await sessionsOf(registration.id);
    const response = await patch(token, c.body(sessions));
    expect(response.status, JSON.stringify(await response.clone().json())).toBe(200);
    const after = await db.registration.findUniqueOrThrow({
      where: { id: registration.id },
    });
    expectOnly(registration, after, c.expected);
    const wantSessions = "sessionIds" in c.body(sessions) ? [sessions[0].id, sessions[2].id].sort() : sessionsBefore;
    expect(await sessionsOf(registration.id)).toEqual(wantSessions);

    const audits = await db.auditLog.findMany({
      where: { entityId: registration.id, action: "registration.update" },
    });
    const mails = await db.emailOutbox.findMany({
      where: { registrationId: registration.id, kind: "registration-updated" },
    });
    if (!c.named.length) {
      expect(audits).toHaveLength(0);
      expect(mails).toHaveLength(0);
      return;
    }
    expect(audits).toHaveLength(1);
    expect((audits[0].after as { changed: string[] }).changed).toEqual(c.named);
    // The row's diff (lib/audit/diff.ts) shows the programme only when it changed: what was added and removed.
    const logged = audits[0].after as Row;
    if (c.named.includes("sessions")) expect(logged).toMatchObject({ added: [sessions[2].id], removed: [sessions[1].id] });
    else for (const key of ["sessions", "added", "removed"]) expect(logged, key).not.toHaveProperty(key);
    const mailed = c.named.filter((n) => n !== "locale").map((n) => (n.startsWith("answers.") ? "answers" : n));
    expect(mails).toHaveLength(mailed.length ? 1 : 0);
    if (mailed.length) expect((mails[0].payload as { changed: { fields: string[] } }).changed.fields).toEqual(mailed);
  });

  it("sessions only, from the real manage-page body { sessionIds, locale }, keeps every detail", async () => {
    const { registration, token, sessions } = await filledRegistration();
    const response = await patch(token, {
      sessionIds: [sessions[1].id],
      locale: "en",
    });
    expect(response.status).toBe(200);
    const view = (await response.json()) as Row;
    expect(view).toMatchObject({
      organisation: "Landkreis Saalekreis",
      jobTitle: "Bildungskoordinatorin",
      accessibilityNeeds: "Rollstuhlplatz",
      dietaryRequirements: "vegan",
    });
    expectOnly(
      registration,
      await db.registration.findUniqueOrThrow({
        where: { id: registration.id },
      }),
      {},
    );
  });

  it.each([
    {
      locale: "en",
      subject: /^Registration changed: /,
      changed: "Changed",
      names: "Organisation, Dietary requirements, “Topics”",
    },
    {
      locale: "de",
      subject: /^Anmeldung geändert: /,
      changed: "Geändert",
      names: "Organisation, Ernährung, „Themen“",
    },
  ])("the $locale email names the changed fields, never their values", async (c) => {
    const { registration, token } = await filledRegistration();
    const response = await patch(token, {
      organisation: "Stadt Halle",
      dietaryRequirements: "glutenfrei",
      answers: { topics: ["wb"], note: "Frühe Anreise" },
      locale: c.locale,
    });
    expect(response.status).toBe(200);
    const row = await db.emailOutbox.findFirstOrThrow({
      where: {
        registrationId: registration.id,
        kind: "registration-updated",
      },
    });
    const mail = await renderEmail(row);
    expect(mail.subject).toMatch(c.subject);
    expect(mail.text).toContain(c.changed);
    expect(mail.text).toContain(c.names);
    for (const value of ["Stadt Halle", "glutenfrei", "WB"]) expect(mail.text).not.toContain(value);
  });

  it.each([
    {
      name: "a required answer deleted",
      body: { answers: { role: null } },
      field: "answers.role",
      code: /fill in this field/,
    },
    {
      name: "an archived answer changed",
      body: { answers: { old: "Neu" } },
      field: "answers.old",
      code: /no such question/,
    },
    {
      name: "an unknown question",
      body: { answers: { nope: "x" } },
      field: "answers.nope",
      code: /no such question/,
    },
    {
      name: "an invalid choice next to a valid detail",
      body: { organisation: "Neu", answers: { role: "keine" } },
      field: "answers.role",
      code: /choose one of the answers/,
    },
  ])("refuses $name with 422 and changes nothing", async (c) => {
    const { registration, token } = await filledRegistration();
    const response = await patch(token, c.body);
    expect(response.status).toBe(422);
    const body = (await response.json()) as { errors: Record<string, string> };
    expect(body.errors[c.field]).toMatch(c.code);
    expect(
      await db.registration.findUniqueOrThrow({
        where: { id: registration.id },
      }),
    ).toEqual(registration);
  });
});

// ───────────── Session ─────────────

async function filledSession() {
  const { conference, host, rooms } = await createConference({
    startsAt: new Date("2027-03-10T07:00:00Z"),
    endsAt: new Date("2027-03-11T17:00:00Z"),
  });
  const owner = await organiserOf(host.id);
  const [trackA, trackB] = await Promise.all(
    ["Bildung", "Arbeit"].map((name, position) =>
      db.track.create({
        data: {
          conferenceId: conference.id,
          name,
          color: TRACK_PALETTE.blue,
          position,
        },
      }),
    ),
  );
  const [ada, ben] = await Promise.all(["Ada", "Ben"].map((name) => db.speaker.create({ data: { conferenceId: conference.id, name } })));
  const session = await db.session.create({
    data: {
      conferenceId: conference.id,
      hostId: host.id,
      roomId: rooms[0].id,
      trackId: trackA.id,
      title: "Werkstatt",
      abstract: "Worum es geht",
      titleEn: "Workshop",
      abstractEn: "What it is about",
      format: "workshop",
      language: "en",
      startsAt: new Date("2027-03-10T09:00:00Z"),
      endsAt: new Date("2027-03-10T10:30:00Z"),
      capacity: 30,
      status: "scheduled",
      revision: 2,
      speakers: { create: [{ speakerId: ada.id, position: 0 }] },
    },
  });
  return {
    session,
    owner,
    rooms,
    tracks: [trackA, trackB],
    speakers: [ada, ben],
  };
}

async function readSession(id: string) {
  const { speakers, ...row } = await db.session.findUniqueOrThrow({
    where: { id },
    include: { speakers: { orderBy: { position: "asc" } } },
  });
  return { ...row, speakerIds: speakers.map((s) => s.speakerId) };
}

type Filled = Awaited<ReturnType<typeof filledSession>>;
type SessionCase = {
  name: string;
  changes: (f: Filled) => Row;
  expected: (f: Filled) => Row;
  moving?: string[];
  timetable?: boolean;
};

const sessionCases: SessionCase[] = [
  // English texts (issue 14) are not in attendees' calendars as they stand: no revision moves.
  {
    name: "English title",
    changes: () => ({ titleEn: "New workshop" }),
    expected: () => ({ titleEn: "New workshop" }),
  },
  {
    name: "English title cleared with null",
    changes: () => ({ titleEn: null }),
    expected: () => ({ titleEn: null }),
  },
  {
    name: "English abstract cleared with an empty string (timetable dialog)",
    changes: () => ({ day: "2027-03-10", start: "10:00", minutes: 90, abstractEn: "" }),
    expected: () => ({ abstractEn: null }),
    timetable: true,
  },
  {
    name: "title",
    changes: () => ({ title: "Neue Werkstatt" }),
    expected: () => ({ title: "Neue Werkstatt" }),
    moving: ["revision"],
  },
  {
    name: "abstract",
    changes: () => ({ abstract: "Neu" }),
    expected: () => ({ abstract: "Neu" }),
  },
  {
    name: "format",
    changes: () => ({ format: "panel" }),
    expected: () => ({ format: "panel" }),
  },
  {
    name: "language",
    changes: () => ({ language: "de" }),
    expected: () => ({ language: "de" }),
  },
  {
    name: "room",
    changes: (f) => ({ roomId: f.rooms[1].id }),
    expected: (f) => ({ roomId: f.rooms[1].id }),
    moving: ["revision"],
  },
  {
    name: "room cleared",
    changes: () => ({ roomId: null }),
    expected: () => ({ roomId: null }),
    moving: ["revision"],
  },
  {
    name: "track",
    changes: (f) => ({ trackId: f.tracks[1].id }),
    expected: (f) => ({ trackId: f.tracks[1].id }),
  },
  {
    name: "track cleared with an empty string",
    changes: () => ({ trackId: "" }),
    expected: () => ({ trackId: null }),
  },
  {
    name: "capacity",
    changes: () => ({ capacity: 50 }),
    expected: () => ({ capacity: 50 }),
  },
  {
    name: "capacity cleared",
    changes: () => ({ capacity: null }),
    expected: () => ({ capacity: null }),
  },
  {
    name: "speakers",
    changes: (f) => ({ speakerIds: [f.speakers[1].id, f.speakers[0].id] }),
    expected: (f) => ({ speakerIds: [f.speakers[1].id, f.speakers[0].id] }),
  },
  {
    name: "status",
    changes: () => ({ status: "draft" }),
    expected: () => ({ status: "draft" }),
  },
  {
    name: "start and end",
    changes: () => ({
      startsAt: "2027-03-10T12:00:00Z",
      endsAt: "2027-03-10T13:00:00Z",
    }),
    expected: () => ({
      startsAt: new Date("2027-03-10T12:00:00Z"),
      endsAt: new Date("2027-03-10T13:00:00Z"),
    }),
    moving: ["revision"],
  },
  { name: "nothing", changes: () => ({}), expected: () => ({}) },
  // The timetable: a drag sends the slot only (no room), the dialog the fields it shows.
  {
    name: "timetable drag: slot only, the room stays",
    timetable: true,
    changes: () => ({ day: "2027-03-10", start: "14:00", minutes: 90 }),
    expected: () => ({
      startsAt: new Date("2027-03-10T13:00:00Z"),
      endsAt: new Date("2027-03-10T14:30:00Z"),
    }),
    moving: ["revision"],
  },
  {
    name: "timetable dialog: the title only",
    timetable: true,
    changes: () => ({
      day: "2027-03-10",
      start: "10:00",
      minutes: 90,
      title: "Umbenannt",
    }),
    expected: () => ({ title: "Umbenannt" }),
    moving: ["revision"],
  },
];

describe("Session: PATCH /api/organiser/sessions/{id} and the timetable change only what they send", () => {
  it.each(sessionCases)("$name", async (c) => {
    const f = await filledSession();
    const before = await readSession(f.session.id);
    const input = c.changes(f);
    if (c.timetable) {
      const { sessionId, changes } = editToChanges(editSessionInput.parse({ sessionId: f.session.id, ...input }));
      await updateSession({
        sessionId,
        actor: { userId: f.owner.id },
        changes,
      });
    } else {
      await updateSession({
        sessionId: f.session.id,
        actor: { userId: f.owner.id },
        // As the route does: the body parsed with the endpoint's schema.
        changes: sessionChanges.parse(input),
      });
    }
    expectOnly(before, await readSession(f.session.id), c.expected(f), c.moving);
  });
});

// ───────────── Conference ─────────────

async function filledConference() {
  const { conference, host } = await createConference({
    startsAt: new Date("2027-03-10T08:00:00Z"),
    endsAt: new Date("2027-03-11T16:00:00Z"),
    timeZone: "Europe/Vienna",
    capacity: 200,
    registrationOpensAt: new Date("2026-01-01T08:00:00Z"),
    registrationClosesAt: new Date("2027-03-01T17:00:00Z"),
  });
  const row = await db.conference.update({
    where: { id: conference.id },
    data: {
      subtitle: "Untertitel",
      description: "Beschreibung",
      titleEn: "Title",
      subtitleEn: "Subtitle",
      descriptionEn: "Description",
      contactEmail: "info@example.org",
      titleDative: "der Testkonferenz",
      privacyNoticeVersion: "2026-2",
      isDemo: true,
      organisationField: "required",
      jobTitleField: "hidden",
    },
  });
  return { conference: row, owner: await organiserOf(host.id) };
}

const conferenceCases: { name: string; details: Row; expected: Row; calendar?: boolean }[] = [
  { name: "English title", details: { titleEn: "New title" }, expected: { titleEn: "New title" } },
  { name: "English title cleared with null", details: { titleEn: null }, expected: { titleEn: null } },
  { name: "English subtitle cleared with an empty string", details: { subtitleEn: "" }, expected: { subtitleEn: null } },
  { name: "English description", details: { descriptionEn: "More" }, expected: { descriptionEn: "More" } },
  {
    name: "title",
    calendar: true,
    details: { title: "Neuer Titel" },
    expected: { title: "Neuer Titel" },
  },
  {
    name: "subtitle",
    details: { subtitle: "Anders" },
    expected: { subtitle: "Anders" },
  },
  {
    name: "subtitle cleared with null",
    details: { subtitle: null },
    expected: { subtitle: null },
  },
  {
    name: "subtitle cleared with an empty string",
    details: { subtitle: "" },
    expected: { subtitle: null },
  },
  {
    name: "description",
    details: { description: "Neu" },
    expected: { description: "Neu" },
  },
  {
    name: "venue name",
    calendar: true,
    details: { venueName: "Stadthalle" },
    expected: { venueName: "Stadthalle" },
  },
  {
    name: "venue address",
    calendar: true,
    details: { venueAddress: "Markt 1" },
    expected: { venueAddress: "Markt 1" },
  },
  {
    name: "capacity",
    details: { capacity: "250" },
    expected: { capacity: 250 },
  },
  {
    name: "capacity cleared",
    details: { capacity: null },
    expected: { capacity: null },
  },
  {
    name: "contact email",
    details: { contactEmail: "neu@example.org" },
    expected: { contactEmail: "neu@example.org" },
  },
  {
    name: "contact email cleared",
    details: { contactEmail: "" },
    expected: { contactEmail: null },
  },
  {
    name: "title in a German sentence",
    details: { titleDative: "dem Testforum" },
    expected: { titleDative: "dem Testforum" },
  },
  {
    name: "title in a German sentence cleared",
    details: { titleDative: null },
    expected: { titleDative: null },
  },
  {
    name: "registration closes",
    details: { registrationClosesAt: "2027-03-05T12:00" },
    expected: { registrationClosesAt: new Date("2027-03-05T11:00:00Z") },
  },
  {
    name: "registration opens cleared",
    details: { registrationOpensAt: null },
    expected: { registrationOpensAt: null },
  },
  {
    name: "first day",
    calendar: true,
    details: { firstDay: "2027-03-09" },
    expected: { startsAt: new Date("2027-03-09T08:00:00Z") },
  },
  {
    name: "end time",
    calendar: true,
    details: { endTime: "18:00" },
    expected: { endsAt: new Date("2027-03-11T17:00:00Z") },
  },
  { name: "nothing", details: {}, expected: {} },
];

describe("Conference: editing the details changes only what is sent", () => {
  it.each(conferenceCases)("$name", async (c) => {
    const { conference, owner } = await filledConference();
    await updateConference({
      input: { conferenceId: conference.id, details: c.details },
      actor: { userId: owner.id },
    });
    // Title, venue and dates are in attendees' calendars: the conference event's revision goes up too.
    const expected = c.calendar ? { ...c.expected, revision: conference.revision + 1 } : c.expected;
    expectOnly(conference, await db.conference.findUniqueOrThrow({ where: { id: conference.id } }), expected);
  });

  it("judges the edit against the stored values: a closing time before the stored opening is refused", async () => {
    const { conference, owner } = await filledConference();
    await expect(
      updateConference({
        input: {
          conferenceId: conference.id,
          details: { registrationClosesAt: "2025-12-31T12:00" },
        },
        actor: { userId: owner.id },
      }),
    ).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["details", "registrationClosesAt"] })],
    });
    expect(await db.conference.findUniqueOrThrow({ where: { id: conference.id } })).toEqual(conference);
  });
});

describe("Conference: the built-in form fields change only what is sent", () => {
  it.each([
    { name: "organisation optional", input: { organisationField: "optional" }, expected: { organisationField: "optional" } },
    { name: "organisation hidden", input: { organisationField: "hidden" }, expected: { organisationField: "hidden" } },
    { name: "job title required", input: { jobTitleField: "required" }, expected: { jobTitleField: "required" } },
    { name: "both", input: { organisationField: "hidden", jobTitleField: "optional" }, expected: { organisationField: "hidden", jobTitleField: "optional" } },
    { name: "nothing", input: {}, expected: {} },
  ])("$name", async (c) => {
    const { conference, owner } = await filledConference();
    await updateFormFields({ input: { conferenceId: conference.id, ...c.input }, actor: { userId: owner.id } });
    expectOnly(conference, await db.conference.findUniqueOrThrow({ where: { id: conference.id } }), c.expected);
  });
});

// ───────────── Room, Track, Speaker ─────────────

async function filledResources() {
  const { conference, host } = await createConference();
  const owner = await organiserOf(host.id);
  const room = await db.room.create({
    data: {
      conferenceId: conference.id,
      name: "Forum",
      description: "2. OG",
      descriptionEn: "2nd floor",
      capacity: 40,
      position: 5,
    },
  });
  const track = await db.track.create({
    data: {
      conferenceId: conference.id,
      name: "Bildung",
      color: Object.values(TRACK_PALETTE)[0],
      position: 3,
    },
  });
  const speaker = await db.speaker.create({
    data: {
      conferenceId: conference.id,
      name: "Ada",
      organisation: "Uni Halle",
      bio: "Forscht.",
      email: "ada@example.org",
    },
  });
  return { conference, owner, room, track, speaker };
}

describe("Room, Track, Speaker: an edit changes only what it sends", () => {
  it.each([
    { name: "name", input: { name: "Forum 2" }, expected: { name: "Forum 2" } },
    {
      name: "description",
      input: { description: "EG" },
      expected: { description: "EG" },
    },
    {
      name: "description cleared",
      input: { description: null },
      expected: { description: null },
    },
    { name: "English description", input: { descriptionEn: "Ground floor" }, expected: { descriptionEn: "Ground floor" } },
    { name: "English description cleared", input: { descriptionEn: "" }, expected: { descriptionEn: null } },
    { name: "capacity", input: { capacity: "80" }, expected: { capacity: 80 } },
    {
      name: "capacity cleared",
      input: { capacity: "" },
      expected: { capacity: null },
    },
  ])("room: $name", async (c) => {
    const f = await filledResources();
    await saveRoom({
      input: { conferenceId: f.conference.id, roomId: f.room.id, ...c.input },
      actor: { userId: f.owner.id },
    });
    expectOnly(f.room, await db.room.findUniqueOrThrow({ where: { id: f.room.id } }), c.expected);
  });

  it.each([
    { name: "name", input: { name: "Arbeit" }, expected: { name: "Arbeit" } },
    {
      name: "colour",
      input: { color: Object.values(TRACK_PALETTE)[1] },
      expected: { color: Object.values(TRACK_PALETTE)[1] },
    },
  ])("track: $name", async (c) => {
    const f = await filledResources();
    await saveTrack({
      input: { conferenceId: f.conference.id, trackId: f.track.id, ...c.input },
      actor: { userId: f.owner.id },
    });
    expectOnly(f.track, await db.track.findUniqueOrThrow({ where: { id: f.track.id } }), c.expected);
  });

  it.each([
    {
      name: "name",
      input: { name: "Ada Lovelace" },
      expected: { name: "Ada Lovelace" },
    },
    {
      name: "organisation",
      input: { organisation: "Hochschule Merseburg" },
      expected: { organisation: "Hochschule Merseburg" },
    },
    {
      name: "organisation cleared",
      input: { organisation: null },
      expected: { organisation: null },
    },
    { name: "bio", input: { bio: "Lehrt." }, expected: { bio: "Lehrt." } },
    {
      name: "email",
      input: { email: "Ada.New@Example.org" },
      expected: { email: "ada.new@example.org" },
    },
    { name: "email cleared", input: { email: "" }, expected: { email: null } },
  ])("speaker: $name", async (c) => {
    const f = await filledResources();
    await saveSpeaker({
      input: {
        conferenceId: f.conference.id,
        speakerId: f.speaker.id,
        ...c.input,
      },
      actor: { userId: f.owner.id },
    });
    expectOnly(f.speaker, await db.speaker.findUniqueOrThrow({ where: { id: f.speaker.id } }), c.expected);
  });

  it("creating still needs a name (and a track its colour)", async () => {
    const f = await filledResources();
    await expect(
      saveRoom({
        input: { conferenceId: f.conference.id, description: "x" },
        actor: { userId: f.owner.id },
      }),
    ).rejects.toMatchObject({ fields: { name: "required" } });
    await expect(
      saveTrack({
        input: { conferenceId: f.conference.id, name: "Neu" },
        actor: { userId: f.owner.id },
      }),
    ).rejects.toMatchObject({ fields: { color: "invalidColour" } });
    await expect(
      saveSpeaker({
        input: { conferenceId: f.conference.id, bio: "x" },
        actor: { userId: f.owner.id },
      }),
    ).rejects.toMatchObject({ fields: { name: "required" } });
  });
});

// ───────────── RegistrationQuestion ─────────────

async function filledQuestion() {
  const { conference, host } = await createConference();
  const owner = await organiserOf(host.id);
  const question = await db.registrationQuestion.create({
    data: {
      conferenceId: conference.id,
      key: "rolle",
      label: "Rolle",
      labelEn: "Role",
      helpText: "Bitte wählen",
      helpTextEn: "Please choose",
      type: "single_choice",
      required: true,
      options: [
        { value: "a-1", label: "Amt", labelEn: "Office" },
        { value: "s-1", label: "Schule" },
      ],
      position: 4,
      archivedAt: new Date("2027-01-01T00:00:00Z"),
    },
  });
  return { conference, owner, question };
}

describe("RegistrationQuestion: an edit changes only what it sends", () => {
  it.each([
    {
      name: "label",
      input: { label: "Ihre Rolle" },
      expected: { label: "Ihre Rolle" },
    },
    {
      name: "English label",
      input: { labelEn: "Your role" },
      expected: { labelEn: "Your role" },
    },
    {
      name: "English label cleared",
      input: { labelEn: null },
      expected: { labelEn: null },
    },
    {
      name: "help text cleared",
      input: { helpText: "" },
      expected: { helpText: null },
    },
    { name: "English help text", input: { helpTextEn: "Pick one" }, expected: { helpTextEn: "Pick one" } },
    { name: "English help text cleared", input: { helpTextEn: null }, expected: { helpTextEn: null } },
    {
      name: "required",
      input: { required: false },
      expected: { required: false },
    },
    {
      name: "options (values of kept labels stay)",
      input: { options: "Amt | Office\nSchule\nVerein" },
      expected: {
        options: [
          { value: "a-1", label: "Amt", labelEn: "Office" },
          { value: "s-1", label: "Schule" },
          { value: "verein", label: "Verein" },
        ],
      },
    },
    {
      name: "type",
      input: { type: "multiple_choice" },
      expected: { type: "multiple_choice" },
    },
    { name: "nothing", input: {}, expected: {} },
  ])("$name", async (c) => {
    const f = await filledQuestion();
    await updateQuestion({
      input: {
        conferenceId: f.conference.id,
        questionId: f.question.id,
        question: c.input,
      },
      actor: { userId: f.owner.id },
    });
    expectOnly(
      f.question,
      await db.registrationQuestion.findUniqueOrThrow({
        where: { id: f.question.id },
      }),
      c.expected,
    );
  });
});

// ───────────── ConferenceHost ─────────────

describe("ConferenceHost: a role change changes only the role", () => {
  it.each(["co_organiser", "partner"] as const)("%s", async (role) => {
    const { conference, host } = await createConference();
    const owner = await organiserOf(host.id);
    const partner = await createHost();
    const link = await db.conferenceHost.create({
      data: {
        conferenceId: conference.id,
        hostId: partner.id,
        role: role === "partner" ? "co_organiser" : "partner",
        position: 7,
      },
    });
    await setConferenceHostRole({
      input: { conferenceId: conference.id, hostId: partner.id, role },
      actor: { userId: owner.id },
    });
    const after = await db.conferenceHost.findUniqueOrThrow({
      where: {
        conferenceId_hostId: {
          conferenceId: conference.id,
          hostId: partner.id,
        },
      },
    });
    expectOnly(link, after, { role });
  });
});

// ───────────── Host ─────────────

describe("Host: an admin's edit changes only what it sends", () => {
  async function filledHost() {
    const host = await db.host.update({
      where: { id: (await createHost()).id },
      data: { website: "https://bismit.example.org", logoUrl: "https://bismit.example.org/logo.svg", colour: "#123456" },
    });
    const admin = await db.user.create({ data: { email: `${uniq("admin")}@example.org`, isPlatformAdmin: true } });
    return { host, admin };
  }

  it.each([
    { name: "name", input: { name: "Netzwerkstelle BiSMit" }, expected: { name: "Netzwerkstelle BiSMit" } },
    { name: "short name", input: { shortName: "BiSMit2" }, expected: { shortName: "BiSMit2" } },
    { name: "contact address", input: { contactEmail: "Neu@Example.org" }, expected: { contactEmail: "neu@example.org" } },
    { name: "website", input: { website: "https://neu.example.org" }, expected: { website: "https://neu.example.org" } },
    { name: "website cleared", input: { website: "" }, expected: { website: null } },
    { name: "logo cleared", input: { logoUrl: null }, expected: { logoUrl: null } },
    { name: "colour", input: { colour: "#ABCDEF" }, expected: { colour: "#abcdef" } },
    { name: "colour cleared", input: { colour: "" }, expected: { colour: null } },
  ])("$name", async (c) => {
    const f = await filledHost();
    const result = await updateHost({ input: { hostId: f.host.id, ...c.input }, actor: { userId: f.admin.id } });
    expect(result.ok).toBe(true);
    expectOnly(f.host, await db.host.findUniqueOrThrow({ where: { id: f.host.id } }), c.expected);
  });

  it("creating still needs a name, short name, slug and contact address", async () => {
    const f = await filledHost();
    const error = await createHost_({ input: { website: "https://x.example.org" }, actor: { userId: f.admin.id } }).catch((e: { issues?: { path: string[] }[] }) => e);
    expect((error as { issues: { path: string[] }[] }).issues.map((i) => i.path.join(".")).sort()).toEqual(["contactEmail", "name", "shortName", "slug"]);
  });
});
