import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { registerAttendee } from "../helpers/register";
import { deleteRoom as deleteRoomUseCase } from "@/lib/resources/delete-room";
import { deleteSpeaker as deleteSpeakerUseCase } from "@/lib/resources/delete-speaker";
import { deleteTrack as deleteTrackUseCase } from "@/lib/resources/delete-track";
import { loadResources } from "@/lib/resources/load-resources";
import { moveResource as moveResourceUseCase } from "@/lib/resources/move-resource";
import { TRACK_PALETTE } from "@/lib/resources/rules";
import { saveRoom as saveRoomUseCase } from "@/lib/resources/save-room";
import { saveSpeaker as saveSpeakerUseCase } from "@/lib/resources/save-speaker";
import { saveTrack as saveTrackUseCase } from "@/lib/resources/save-track";
import { createSession as createSessionUseCase } from "@/lib/sessions/create-session";
import { loadTimetable } from "@/lib/sessions/timetable";
import { sessionChanges, updateSession } from "@/lib/sessions/update-session";
import { createHost, uniq } from "../helpers/fixtures";
import { accepted, parsed } from "../helpers/parsed";
import { conflictMessage } from "@/lib/sessions/rules";
import { deleteRoomInput, deleteSpeakerInput, deleteTrackInput, moveResourceInput, saveRoomInput, saveSpeakerInput, saveTrackInput } from "@/lib/resources/schema";
import { createSessionInput } from "@/lib/sessions/schema";

const deleteRoom = parsed(deleteRoomInput, deleteRoomUseCase);
const deleteSpeaker = parsed(deleteSpeakerInput, deleteSpeakerUseCase);
const deleteTrack = parsed(deleteTrackInput, deleteTrackUseCase);
const moveResource = parsed(moveResourceInput, moveResourceUseCase);
const saveRoom = parsed(saveRoomInput, saveRoomUseCase);
const saveSpeaker = parsed(saveSpeakerInput, saveSpeakerUseCase);
const saveTrack = parsed(saveTrackInput, saveTrackUseCase);
const createSession = parsed(createSessionInput, createSessionUseCase);

beforeAll(() => {
  process.env.RATE_LIMIT = "off";
});

/** A published Berlin conference (10–11 March 2027), BiSMit organising, EMMD partner; two rooms, one scheduled session in "Saal". */
async function scenario(status: "published" | "draft" = "published") {
  const bismit = await createHost();
  const emmd = await createHost();
  const conference = await db.conference.create({
    data: {
      slug: uniq("res"),
      title: "Ressourcenkonferenz",
      startsAt: new Date("2027-03-10T07:00:00Z"),
      endsAt: new Date("2027-03-11T17:00:00Z"),
      timeZone: "Europe/Berlin",
      venueName: "Halle",
      venueAddress: "Weg 1",
      status,
      registrationOpensAt: new Date("2020-01-01T00:00:00Z"),
      hosts: { create: [{ hostId: bismit.id, role: "organiser" }, { hostId: emmd.id, role: "partner" }] },
      rooms: { create: [{ name: "Saal", position: 0 }, { name: "Werkstatt", position: 1 }] },
    },
    include: { rooms: { orderBy: { position: "asc" } } },
  });
  const [saal, werkstatt] = conference.rooms;
  const person = (hostId: string, role: "owner" | "editor" | "viewer") => db.user.create({ data: { email: `${uniq("u")}@example.org`, memberships: { create: { hostId, role } } } });
  const owner = await person(bismit.id, "owner");
  const emmdEditor = await person(emmd.id, "editor");
  const viewer = await person(bismit.id, "viewer");
  const stranger = await person((await createHost()).id, "owner");
  const session = await db.session.create({
    data: { conferenceId: conference.id, hostId: bismit.id, roomId: saal.id, title: "Eröffnung", startsAt: new Date("2027-03-10T08:00:00Z"), endsAt: new Date("2027-03-10T09:00:00Z"), status: "scheduled" },
  });
  return { conference, bismit, emmd, saal, werkstatt, owner, emmdEditor, viewer, stranger, session };
}

const as = (user: { id: string }) => ({ userId: user.id });
const slot = (day: string, start: string, minutes: number, roomId: string | null) => ({ day, start, minutes, roomId });

/** Everything a refused change must leave alone. */
async function snapshot(conferenceId: string) {
  const [rooms, tracks, speakers, audits] = await Promise.all([
    db.room.findMany({ where: { conferenceId }, orderBy: { id: "asc" } }),
    db.track.findMany({ where: { conferenceId }, orderBy: { id: "asc" } }),
    db.speaker.findMany({ where: { conferenceId }, orderBy: { id: "asc" } }),
    db.auditLog.count({ where: { conferenceId } }),
  ]);
  return { rooms, tracks, speakers, audits };
}

describe("rooms", () => {
  it("an owner adds a room at the end, edits it, and each change leaves an audit row", async () => {
    const s = await scenario();
    const { room } = await saveRoom({ actor: as(s.owner), input: { conferenceId: s.conference.id, name: "  Forum 3 ", description: "2. OG", capacity: "45" } });
    expect(room).toMatchObject({ name: "Forum 3", description: "2. OG", capacity: 45, position: 2 });
    const edited = await saveRoom({ actor: as(s.owner), input: { conferenceId: s.conference.id, roomId: room.id, name: "Forum 3", description: "", capacity: "" } });
    expect(edited.room).toMatchObject({ description: null, capacity: null });
    const audits = await db.auditLog.findMany({ where: { entityId: room.id }, orderBy: { at: "asc" } });
    expect(audits.map((a) => [a.action, a.actorUserId])).toEqual([
      ["room.create", s.owner.id],
      ["room.update", s.owner.id],
    ]);
    expect(audits[1].before).toMatchObject({ description: "2. OG", capacity: 45 });
  });

  it("refuses a name already used in the conference (ignoring case), an empty name and a bad capacity, as field errors", async () => {
    const s = await scenario();
    const before = await snapshot(s.conference.id);
    const save = (input: Record<string, unknown>) => saveRoom({ actor: as(s.owner), input: { conferenceId: s.conference.id, ...input } });
    await expect(save({ name: "saal" })).rejects.toMatchObject({ code: "validation", fields: { name: "nameTaken" } });
    await expect(save({ roomId: s.werkstatt.id, name: "Saal" })).rejects.toMatchObject({ code: "validation", fields: { name: "nameTaken" } });
    await expect(save({ name: "   " })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["name"], message: "required" })] });
    await expect(save({ name: "Neu", capacity: "0" })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["capacity"], message: "invalidCapacity" })] });
    await expect(save({ name: "Neu", capacity: "zwölf" })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["capacity"], message: "invalidCapacity" })] });
    expect(await snapshot(s.conference.id)).toEqual(before);
    // The same name in another conference is fine.
    const other = await scenario();
    await expect(saveRoom({ actor: as(other.owner), input: { conferenceId: other.conference.id, name: "Forum 3" } })).resolves.toBeTruthy();
  });

  it("moves rooms up and down and renumbers gaps in the stored order", async () => {
    const s = await scenario();
    await db.room.update({ where: { id: s.werkstatt.id }, data: { position: 7 } });
    const { room: third } = await saveRoom({ actor: as(s.owner), input: { conferenceId: s.conference.id, name: "Dach" } });
    expect(third.position).toBe(8);
    await moveResource({ actor: as(s.owner), input: { conferenceId: s.conference.id, kind: "room", id: third.id, direction: "up" } });
    const order = async () => (await db.room.findMany({ where: { conferenceId: s.conference.id }, orderBy: { position: "asc" } })).map((r) => [r.name, r.position]);
    expect(await order()).toEqual([
      ["Saal", 0],
      ["Dach", 1],
      ["Werkstatt", 2],
    ]);
    // The first one cannot go further up; nothing moves.
    await moveResource({ actor: as(s.owner), input: { conferenceId: s.conference.id, kind: "room", id: s.saal.id, direction: "up" } });
    expect((await order())[0]).toEqual(["Saal", 0]);
    expect(await db.auditLog.count({ where: { conferenceId: s.conference.id, action: "room.move" } })).toBe(2);
    const timetable = await loadTimetable({ conferenceId: s.conference.id, actor: as(s.viewer) });
    expect(timetable.rooms.map((r) => r.name)).toEqual(["Saal", "Dach", "Werkstatt"]);
  });

  it("refuses to delete a room with planned sessions, naming how many; deletes an empty one", async () => {
    const s = await scenario();
    await db.session.create({ data: { conferenceId: s.conference.id, hostId: s.bismit.id, roomId: s.saal.id, title: "Entwurf", startsAt: new Date("2027-03-10T10:00:00Z"), endsAt: new Date("2027-03-10T11:00:00Z"), status: "draft" } });
    await expect(deleteRoom({ actor: as(s.owner), input: { conferenceId: s.conference.id, roomId: s.saal.id } })).resolves.toEqual({ ok: false, reason: "room_in_use", count: 2 });
    expect(await db.room.count({ where: { id: s.saal.id } })).toBe(1);
    await deleteRoom({ actor: as(s.owner), input: { conferenceId: s.conference.id, roomId: s.werkstatt.id } });
    expect(await db.room.count({ where: { id: s.werkstatt.id } })).toBe(0);
    expect(await db.auditLog.findFirst({ where: { entityId: s.werkstatt.id, action: "room.delete" } })).toMatchObject({ actorUserId: s.owner.id, before: expect.objectContaining({ name: "Werkstatt" }) });
  });

  it("renaming a room in use raises the revision of its scheduled sessions and sends holders an updated invite with the new location", async () => {
    const s = await scenario();
    const draft = await db.session.create({ data: { conferenceId: s.conference.id, hostId: s.bismit.id, roomId: s.saal.id, title: "Entwurf", startsAt: new Date("2027-03-10T10:00:00Z"), endsAt: new Date("2027-03-10T11:00:00Z"), status: "draft" } });
    const reg = await registerAttendee({ conferenceSlug: s.conference.slug, input: { name: "Ada", email: `${uniq("a")}@example.org`, consent: true, sessionIds: [s.session.id] } });
    const result = await saveRoom({ actor: as(s.owner), input: { conferenceId: s.conference.id, roomId: s.saal.id, name: "Saal Merseburg" } });
    expect(result).toMatchObject({ notified: 1, sessionsUpdated: 1 });
    expect((await db.session.findUniqueOrThrow({ where: { id: s.session.id } })).revision).toBe(1);
    expect((await db.session.findUniqueOrThrow({ where: { id: draft.id } })).revision).toBe(0);
    const mail = await db.emailOutbox.findFirstOrThrow({ where: { registrationId: reg.registration.id, kind: "session-updated" } });
    const payload = mail.payload as { changes: Record<string, unknown>; invite: { method: string; event: { uid: string; sequence: number; location: string } } };
    expect(payload.changes).toEqual({ room: { before: "Saal", after: "Saal Merseburg" } });
    const event = payload.invite.event;
    expect(event.uid).toBe(`session-${s.session.id}@localhost`);
    expect(payload.invite.method).toBe("REQUEST");
    expect(event.sequence).toBe(1);
    expect(event.location).toContain("Saal Merseburg");
    // Changing only the description tells nobody anything.
    await saveRoom({ actor: as(s.owner), input: { conferenceId: s.conference.id, roomId: s.saal.id, name: "Saal Merseburg", description: "barrierefrei" } });
    expect(await db.emailOutbox.count({ where: { registrationId: reg.registration.id, kind: "session-updated" } })).toBe(1);
  });

  it("renaming a room of an unpublished conference sends nothing and keeps revisions", async () => {
    const s = await scenario("draft");
    const result = await saveRoom({ actor: as(s.owner), input: { conferenceId: s.conference.id, roomId: s.saal.id, name: "Saal neu" } });
    expect(result).toMatchObject({ notified: 0, sessionsUpdated: 0 });
    expect((await db.session.findUniqueOrThrow({ where: { id: s.session.id } })).revision).toBe(0);
  });
});

describe("tracks", () => {
  it("adds tracks with a palette colour, refuses other colours and duplicate names, and reorders them", async () => {
    const s = await scenario();
    const { track: a } = await saveTrack({ actor: as(s.owner), input: { conferenceId: s.conference.id, name: "Schule", color: TRACK_PALETTE.blue } });
    const { track: b } = await saveTrack({ actor: as(s.owner), input: { conferenceId: s.conference.id, name: "Beruf", color: TRACK_PALETTE.green } });
    expect([a.position, b.position]).toEqual([0, 1]);
    await expect(saveTrack({ actor: as(s.owner), input: { conferenceId: s.conference.id, name: "Rosa", color: "#ff00ff" } })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["color"], message: "invalidColour" })],
    });
    await expect(saveTrack({ actor: as(s.owner), input: { conferenceId: s.conference.id, trackId: b.id, name: "SCHULE", color: TRACK_PALETTE.red } })).rejects.toMatchObject({ fields: { name: "nameTaken" } });
    await saveTrack({ actor: as(s.owner), input: { conferenceId: s.conference.id, trackId: b.id, name: "Beruf & Arbeit", color: TRACK_PALETTE.red } });
    await moveResource({ actor: as(s.owner), input: { conferenceId: s.conference.id, kind: "track", id: b.id, direction: "up" } });
    const tracks = await db.track.findMany({ where: { conferenceId: s.conference.id }, orderBy: { position: "asc" } });
    expect(tracks.map((t) => [t.name, t.color])).toEqual([
      ["Beruf & Arbeit", TRACK_PALETTE.red],
      ["Schule", TRACK_PALETTE.blue],
    ]);
    expect(await db.auditLog.count({ where: { entityType: "Track", conferenceId: s.conference.id } })).toBe(4);
  });

  it("deleting a track with sessions needs confirmation, then leaves the sessions without a track", async () => {
    const s = await scenario();
    const { track } = await saveTrack({ actor: as(s.owner), input: { conferenceId: s.conference.id, name: "Schule", color: TRACK_PALETTE.teal } });
    await updateSession({ sessionId: s.session.id, actor: as(s.owner), changes: { trackId: track.id } });
    await expect(deleteTrack({ actor: as(s.owner), input: { conferenceId: s.conference.id, trackId: track.id } })).resolves.toEqual({ ok: false, reason: "track_in_use", count: 1 });
    expect((await db.session.findUniqueOrThrow({ where: { id: s.session.id } })).trackId).toBe(track.id);
    const result = await deleteTrack({ actor: as(s.owner), input: { conferenceId: s.conference.id, trackId: track.id, unlinkSessions: true } });
    expect(result).toEqual({ ok: true, name: "Schule", unlinked: 1 });
    expect(await db.session.findUniqueOrThrow({ where: { id: s.session.id } })).toMatchObject({ trackId: null, status: "scheduled" });
    expect(await db.auditLog.findFirst({ where: { entityId: track.id, action: "track.delete" } })).toMatchObject({ after: { unlinkedSessions: [s.session.id] } });
  });
});

describe("speakers", () => {
  it("adds and edits a speaker; an invalid email and an empty name are field errors", async () => {
    const s = await scenario();
    const save = (input: Record<string, unknown>) => saveSpeaker({ actor: as(s.owner), input: { conferenceId: s.conference.id, ...input } });
    await expect(save({ name: "Ada", email: "ada@" })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["email"], message: "invalidEmail" })] });
    await expect(save({ name: "", email: "" })).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["name"], message: "required" })] });
    const { speaker } = await save({ name: "Dr. Ada Lovelace", organisation: "Analytical Engines", email: " Ada@Example.org ", bio: "" });
    expect(speaker).toMatchObject({ name: "Dr. Ada Lovelace", organisation: "Analytical Engines", email: "ada@example.org", bio: null });
    await save({ speakerId: speaker.id, name: "Ada Lovelace", organisation: "", email: "", bio: "Mathematikerin." });
    expect(await db.speaker.findUniqueOrThrow({ where: { id: speaker.id } })).toMatchObject({ name: "Ada Lovelace", organisation: null, email: null, bio: "Mathematikerin." });
    expect(await db.auditLog.findMany({ where: { entityId: speaker.id }, select: { action: true } })).toEqual(expect.arrayContaining([{ action: "speaker.create" }, { action: "speaker.update" }]));
  });

  it("refuses to delete a speaker still on sessions and lists them; deletes once they are off", async () => {
    const s = await scenario();
    const { speaker } = await saveSpeaker({ actor: as(s.owner), input: { conferenceId: s.conference.id, name: "Ada" } });
    await updateSession({ sessionId: s.session.id, actor: as(s.owner), changes: { speakerIds: [speaker.id] } });
    await expect(deleteSpeaker({ actor: as(s.owner), input: { conferenceId: s.conference.id, speakerId: speaker.id } })).resolves.toEqual({ ok: false, reason: "speaker_in_use", sessions: ["Eröffnung"] });
    await updateSession({ sessionId: s.session.id, actor: as(s.owner), changes: { speakerIds: [] } });
    await deleteSpeaker({ actor: as(s.owner), input: { conferenceId: s.conference.id, speakerId: speaker.id } });
    expect(await db.speaker.count({ where: { id: speaker.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { entityId: speaker.id, action: "speaker.delete" } })).toBe(1);
  });
});

describe("who may change rooms, tracks and speakers", () => {
  it("viewers and partner editors are forbidden, strangers get not found, and nothing changes", async () => {
    const s = await scenario();
    const { track } = await saveTrack({ actor: as(s.owner), input: { conferenceId: s.conference.id, name: "Schule", color: TRACK_PALETTE.blue } });
    const { speaker } = await saveSpeaker({ actor: as(s.owner), input: { conferenceId: s.conference.id, name: "Ada" } });
    const before = await snapshot(s.conference.id);
    const c = s.conference.id;
    const attempts = (actor: { userId: string }) => [
      saveRoom({ actor, input: { conferenceId: c, name: "Neu" } }),
      saveRoom({ actor, input: { conferenceId: c, roomId: s.werkstatt.id, name: "Umbenannt" } }),
      deleteRoom({ actor, input: { conferenceId: c, roomId: s.werkstatt.id } }),
      moveResource({ actor, input: { conferenceId: c, kind: "room", id: s.werkstatt.id, direction: "up" } }),
      saveTrack({ actor, input: { conferenceId: c, trackId: track.id, name: "X", color: TRACK_PALETTE.red } }),
      deleteTrack({ actor, input: { conferenceId: c, trackId: track.id, unlinkSessions: true } }),
      saveSpeaker({ actor, input: { conferenceId: c, speakerId: speaker.id, name: "X" } }),
      deleteSpeaker({ actor, input: { conferenceId: c, speakerId: speaker.id } }),
    ];
    for (const [who, code] of [
      [s.viewer, "forbidden"],
      [s.emmdEditor, "forbidden"],
      [s.stranger, "not_found"],
    ] as const) {
      const results = await Promise.allSettled(attempts(as(who)));
      expect(results.map((r) => (r.status === "rejected" ? (r.reason as { code: string }).code : "accepted"))).toEqual(Array(8).fill(code));
    }
    await expect(loadResources({ conferenceId: c, actor: as(s.stranger) })).rejects.toMatchObject({ code: "not_found" });
    expect(await loadResources({ conferenceId: c, actor: as(s.viewer) })).toMatchObject({ canManage: false });
    expect(await snapshot(s.conference.id)).toEqual(before);
  });

  it("ids from another conference are not found, even for an owner of both", async () => {
    const s = await scenario();
    const other = await scenario();
    await db.membership.create({ data: { userId: s.owner.id, hostId: other.bismit.id, role: "owner" } });
    const { track } = await saveTrack({ actor: as(other.owner), input: { conferenceId: other.conference.id, name: "Fremd", color: TRACK_PALETTE.blue } });
    const { speaker } = await saveSpeaker({ actor: as(other.owner), input: { conferenceId: other.conference.id, name: "Fremd" } });
    const before = [await snapshot(s.conference.id), await snapshot(other.conference.id)];
    const c = s.conference.id;
    const results = await Promise.allSettled([
      saveRoom({ actor: as(s.owner), input: { conferenceId: c, roomId: other.saal.id, name: "Gekapert" } }),
      deleteRoom({ actor: as(s.owner), input: { conferenceId: c, roomId: other.werkstatt.id } }),
      moveResource({ actor: as(s.owner), input: { conferenceId: c, kind: "room", id: other.werkstatt.id, direction: "up" } }),
      saveTrack({ actor: as(s.owner), input: { conferenceId: c, trackId: track.id, name: "Gekapert", color: TRACK_PALETTE.red } }),
      deleteTrack({ actor: as(s.owner), input: { conferenceId: c, trackId: track.id, unlinkSessions: true } }),
      saveSpeaker({ actor: as(s.owner), input: { conferenceId: c, speakerId: speaker.id, name: "Gekapert" } }),
      deleteSpeaker({ actor: as(s.owner), input: { conferenceId: c, speakerId: speaker.id } }),
    ]);
    expect(results.map((r) => (r.status === "rejected" ? (r.reason as { code: string }).code : "accepted"))).toEqual(Array(7).fill("not_found"));
    expect([await snapshot(s.conference.id), await snapshot(other.conference.id)]).toEqual(before);
  });
});

describe("session details from the timetable dialog", () => {
  it("sets abstract, format, language, track and speakers without telling attendees; the timetable shows them", async () => {
    const s = await scenario();
    const { track } = await saveTrack({ actor: as(s.owner), input: { conferenceId: s.conference.id, name: "Schule", color: TRACK_PALETTE.blue } });
    const { speaker: ada } = await saveSpeaker({ actor: as(s.owner), input: { conferenceId: s.conference.id, name: "Ada" } });
    const { speaker: bo } = await saveSpeaker({ actor: as(s.owner), input: { conferenceId: s.conference.id, name: "Bo" } });
    const reg = await registerAttendee({ conferenceSlug: s.conference.slug, input: { name: "Cleo", email: `${uniq("c")}@example.org`, consent: true, sessionIds: [s.session.id] } });
    const result = accepted(
      await updateSession({
        sessionId: s.session.id,
        actor: as(s.owner),
        changes: { abstract: "Worum es geht.", format: "panel", language: "en", trackId: track.id, speakerIds: [bo.id, ada.id, bo.id] },
      }),
    );
    expect(result.session.notified).toBe(0);
    const row = await db.session.findUniqueOrThrow({ where: { id: s.session.id }, include: { speakers: { orderBy: { position: "asc" } } } });
    expect(row).toMatchObject({ abstract: "Worum es geht.", format: "panel", language: "en", trackId: track.id, revision: 0 });
    expect(row.speakers.map((x) => x.speakerId)).toEqual([bo.id, ada.id]);
    expect(await db.emailOutbox.count({ where: { registrationId: reg.registration.id, kind: "session-updated" } })).toBe(0);
    const timetable = await loadTimetable({ conferenceId: s.conference.id, actor: as(s.owner), day: "2027-03-10" });
    expect(timetable.sessions.find((x) => x.id === s.session.id)).toMatchObject({ speakers: ["Bo", "Ada"], speakerIds: [bo.id, ada.id], trackId: track.id, language: "en", abstract: "Worum es geht." });
    expect(timetable.speakers.map((x) => x.name)).toEqual(["Ada", "Bo"]);
    expect(timetable.tracks.map((x) => x.name)).toEqual(["Schule"]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: s.session.id, action: "session.update" } });
    expect(audit.after).toMatchObject({ speakerIds: [bo.id, ada.id], trackId: track.id, format: "panel", language: "en", abstract: "Worum es geht." });
  });

  it("refuses a track or speaker of another conference and an unknown language, leaving the session unchanged", async () => {
    const s = await scenario();
    const other = await scenario();
    const { track } = await saveTrack({ actor: as(other.owner), input: { conferenceId: other.conference.id, name: "Fremd", color: TRACK_PALETTE.blue } });
    const { speaker } = await saveSpeaker({ actor: as(other.owner), input: { conferenceId: other.conference.id, name: "Fremd" } });
    await expect(updateSession({ sessionId: s.session.id, actor: as(s.owner), changes: { trackId: track.id } })).rejects.toMatchObject({ code: "validation", fields: { trackId: "unknownTrack" } });
    await expect(updateSession({ sessionId: s.session.id, actor: as(s.owner), changes: { speakerIds: [speaker.id] } })).rejects.toMatchObject({ code: "validation", fields: { speakerIds: "unknownSpeaker" } });
    expect(sessionChanges.safeParse({ language: "fr" }).success).toBe(false);
    await expect(
      createSession({ actor: as(s.owner), input: { conferenceId: s.conference.id, hostId: s.bismit.id, title: "Neu", trackId: track.id, ...slot("2027-03-10", "14:00", 60, s.werkstatt.id) } }),
    ).rejects.toMatchObject({ fields: { trackId: "unknownTrack" } });
    expect(await db.session.findUniqueOrThrow({ where: { id: s.session.id }, include: { speakers: true } })).toMatchObject({ trackId: null, language: "de", speakers: [] });
    expect(await db.session.count({ where: { conferenceId: s.conference.id } })).toBe(1);
  });

  it("a speaker put into an overlapping session is refused by update and create, naming the speaker and the other session", async () => {
    const s = await scenario();
    const { speaker } = await saveSpeaker({ actor: as(s.owner), input: { conferenceId: s.conference.id, name: "Dr. Ada Lovelace" } });
    await updateSession({ sessionId: s.session.id, actor: as(s.owner), changes: { speakerIds: [speaker.id] } });
    const parallel = accepted(await createSession({ actor: as(s.owner), input: { conferenceId: s.conference.id, hostId: s.bismit.id, title: "Parallel", ...slot("2027-03-10", "09:30", 60, s.werkstatt.id) } })).session;

    await expect(updateSession({ sessionId: parallel.id, actor: as(s.owner), changes: { speakerIds: [speaker.id] } })).resolves.toEqual({
      ok: false,
      reason: "schedule_conflict",
      conflicts: [{ code: "speaker_busy", other: "Eröffnung", speakerId: speaker.id, speaker: "Dr. Ada Lovelace" }],
    });
    expect(conflictMessage([{ code: "speaker_busy", other: "Eröffnung", speakerId: speaker.id, speaker: "Dr. Ada Lovelace" }])).toBe('Dr. Ada Lovelace is in "Eröffnung" at that time');
    await expect(
      createSession({ actor: as(s.owner), input: { conferenceId: s.conference.id, hostId: s.bismit.id, title: "Noch eine", speakerIds: [speaker.id], ...slot("2027-03-10", "09:15", 30, null) } }),
    ).resolves.toMatchObject({ ok: false, reason: "schedule_conflict", conflicts: [{ code: "speaker_busy", other: "Eröffnung", speaker: "Dr. Ada Lovelace" }] });
    expect(await db.sessionSpeaker.count({ where: { sessionId: parallel.id } })).toBe(0);
    expect(await db.session.count({ where: { conferenceId: s.conference.id, title: "Noch eine" } })).toBe(0);

    // Moving the session with the speaker onto the other one's time is refused too; a later slot is fine.
    await updateSession({ sessionId: parallel.id, actor: as(s.owner), changes: { speakerIds: [speaker.id], slot: { day: "2027-03-10", start: "10:00", minutes: 60 } } });
    await expect(updateSession({ sessionId: s.session.id, actor: as(s.owner), changes: { slot: { day: "2027-03-10", start: "10:30", minutes: 30 } } })).resolves.toMatchObject({
      ok: false,
      reason: "schedule_conflict",
      conflicts: [{ code: "speaker_busy", other: "Parallel" }],
    });
  });

  it("a scheduled session with registrations cannot go back to draft; one without can, and back", async () => {
    const s = await scenario();
    const reg = await registerAttendee({ conferenceSlug: s.conference.slug, input: { name: "Ada", email: `${uniq("a")}@example.org`, consent: true, sessionIds: [s.session.id] } });
    expect(reg.sessions[0].status).toBe("confirmed");
    await expect(updateSession({ sessionId: s.session.id, actor: as(s.owner), changes: { status: "draft" } })).resolves.toMatchObject({
      ok: false,
      reason: "schedule_conflict",
      conflicts: [{ code: "draft_with_registrations", registrations: 1 }],
    });
    expect((await db.session.findUniqueOrThrow({ where: { id: s.session.id } })).status).toBe("scheduled");
    const lone = accepted(await createSession({ actor: as(s.owner), input: { conferenceId: s.conference.id, hostId: s.bismit.id, title: "Allein", ...slot("2027-03-10", "14:00", 60, s.werkstatt.id) } })).session;
    await updateSession({ sessionId: lone.id, actor: as(s.owner), changes: { status: "draft" } });
    expect((await db.session.findUniqueOrThrow({ where: { id: lone.id } })).status).toBe("draft");
    await updateSession({ sessionId: lone.id, actor: as(s.owner), changes: { status: "scheduled" } });
    expect((await db.session.findUniqueOrThrow({ where: { id: lone.id } })).status).toBe("scheduled");
  });

  it("a partner editor sets details of their own host's session but not of another's", async () => {
    const s = await scenario();
    const { speaker } = await saveSpeaker({ actor: as(s.owner), input: { conferenceId: s.conference.id, name: "Ada" } });
    const own = accepted(await createSession({ actor: as(s.emmdEditor), input: { conferenceId: s.conference.id, hostId: s.emmd.id, title: "EMMD", ...slot("2027-03-11", "10:00", 60, s.werkstatt.id) } })).session;
    await updateSession({ sessionId: own.id, actor: as(s.emmdEditor), changes: { speakerIds: [speaker.id], abstract: "Von EMMD." } });
    expect(await db.sessionSpeaker.count({ where: { sessionId: own.id } })).toBe(1);
    await expect(updateSession({ sessionId: s.session.id, actor: as(s.emmdEditor), changes: { speakerIds: [speaker.id] } })).rejects.toMatchObject({ code: "forbidden" });
    expect(await db.sessionSpeaker.count({ where: { sessionId: s.session.id } })).toBe(0);
  });
});
