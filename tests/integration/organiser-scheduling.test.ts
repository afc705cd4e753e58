import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { registerAttendee } from "../helpers/register";
import { createSession as createSessionUseCase } from "@/lib/sessions/create-session";
import { loadTimetable } from "@/lib/sessions/timetable";
import { updateSession } from "@/lib/sessions/update-session";
import { createHost, uniq } from "../helpers/fixtures";
import { accepted, parsed } from "../helpers/parsed";
import { createSessionInput } from "@/lib/sessions/schema";

const createSession = parsed(createSessionInput, createSessionUseCase);

beforeAll(() => {
  process.env.RATE_LIMIT = "off";
});

/** A two-day conference in Berlin (10–11 March 2027, 08:00–18:00 local), BiSMit organising, EMMD partner. */
async function scenario() {
  const bismit = await createHost();
  const emmd = await createHost();
  const conference = await db.conference.create({
    data: {
      slug: uniq("sched"),
      title: "Planungskonferenz",
      startsAt: new Date("2027-03-10T07:00:00Z"),
      endsAt: new Date("2027-03-11T17:00:00Z"),
      timeZone: "Europe/Berlin",
      venueName: "Halle",
      venueAddress: "Weg 1",
      status: "published",
      registrationOpensAt: new Date("2020-01-01T00:00:00Z"),
      hosts: { create: [{ hostId: bismit.id, role: "organiser" }, { hostId: emmd.id, role: "partner" }] },
      rooms: { create: [{ name: "Saal", position: 0 }, { name: "Werkstatt", position: 1 }] },
    },
    include: { rooms: { orderBy: { position: "asc" } } },
  });
  const [saal, werkstatt] = conference.rooms;
  const owner = await db.user.create({ data: { email: `${uniq("o")}@example.org`, memberships: { create: { hostId: bismit.id, role: "owner" } } } });
  const emmdEditor = await db.user.create({ data: { email: `${uniq("e")}@example.org`, memberships: { create: { hostId: emmd.id, role: "editor" } } } });
  const viewer = await db.user.create({ data: { email: `${uniq("v")}@example.org`, memberships: { create: { hostId: bismit.id, role: "viewer" } } } });
  const stranger = await db.user.create({ data: { email: `${uniq("s")}@example.org`, memberships: { create: { hostId: (await createHost()).id, role: "owner" } } } });
  return { conference, bismit, emmd, saal, werkstatt, owner, emmdEditor, viewer, stranger };
}

const slot = (day: string, start: string, minutes: number, roomId: string | null) => ({ day, start, minutes, roomId });

describe("scheduling sessions in the conference's time zone", () => {
  it("creates a session from a Berlin wall time and shows it at the same wall time in the timetable", async () => {
    const s = await scenario();
    const created = accepted(await createSession({ actor: { userId: s.owner.id }, input: { conferenceId: s.conference.id, hostId: s.bismit.id, title: "Eröffnung", ...slot("2027-03-10", "09:30", 45, s.saal.id) } })).session;
    expect(created.startsAt.toISOString()).toBe("2027-03-10T08:30:00.000Z");
    expect(created.endsAt.toISOString()).toBe("2027-03-10T09:15:00.000Z");
    const timetable = await loadTimetable({ conferenceId: s.conference.id, actor: { userId: s.viewer.id }, day: "2027-03-10" });
    expect(timetable.days).toEqual(["2027-03-10", "2027-03-11"]);
    expect(timetable.sessions.find((x) => x.id === created.id)).toMatchObject({ start: "09:30", minutes: 45, canEdit: false });
    expect(await db.auditLog.count({ where: { entityId: created.id, action: "session.create", actorUserId: s.owner.id } })).toBe(1);
  });

  it("a partner editor schedules only for their own host; viewers and strangers schedule nothing", async () => {
    const s = await scenario();
    const input = (hostId: string, title: string) => ({ conferenceId: s.conference.id, hostId, title, ...slot("2027-03-11", "11:00", 60, s.werkstatt.id) });
    const own = accepted(await createSession({ actor: { userId: s.emmdEditor.id }, input: input(s.emmd.id, "EMMD-Sprechstunde") })).session;
    expect(own.hostId).toBe(s.emmd.id);
    await expect(createSession({ actor: { userId: s.emmdEditor.id }, input: input(s.bismit.id, "Fremd") })).rejects.toMatchObject({ code: "forbidden" });
    await expect(createSession({ actor: { userId: s.viewer.id }, input: input(s.bismit.id, "Lesend") })).rejects.toMatchObject({ code: "forbidden" });
    await expect(createSession({ actor: { userId: s.stranger.id }, input: input(s.bismit.id, "Fremd") })).rejects.toMatchObject({ code: "not_found" });
    await expect(loadTimetable({ conferenceId: s.conference.id, actor: { userId: s.stranger.id } })).rejects.toMatchObject({ code: "not_found" });
    expect(await db.session.count({ where: { conferenceId: s.conference.id } })).toBe(1);
    const timetable = await loadTimetable({ conferenceId: s.conference.id, actor: { userId: s.emmdEditor.id }, day: "2027-03-11" });
    expect(timetable.hosts.filter((h) => h.canSchedule).map((h) => h.id)).toEqual([s.emmd.id]);
  });

  it("refuses a room clash, a speaker in two places, a slot outside the conference days and a bad duration with the reasons", async () => {
    const s = await scenario();
    const speaker = await db.speaker.create({ data: { conferenceId: s.conference.id, name: "Dr. Lenz" } });
    const first = accepted(await createSession({ actor: { userId: s.owner.id }, input: { conferenceId: s.conference.id, hostId: s.bismit.id, title: "Keynote", speakerIds: [speaker.id], ...slot("2027-03-10", "10:00", 60, s.saal.id) } })).session;
    const clash = createSession({ actor: { userId: s.owner.id }, input: { conferenceId: s.conference.id, hostId: s.bismit.id, title: "Zweite", ...slot("2027-03-10", "10:30", 60, s.saal.id) } });
    await expect(clash).resolves.toMatchObject({ ok: false, reason: "schedule_conflict", conflicts: [{ code: "room_taken", other: "Keynote" }] });
    const busy = createSession({ actor: { userId: s.owner.id }, input: { conferenceId: s.conference.id, hostId: s.bismit.id, title: "Parallel", speakerIds: [speaker.id], ...slot("2027-03-10", "10:15", 30, s.werkstatt.id) } });
    await expect(busy).resolves.toMatchObject({ ok: false, reason: "schedule_conflict", conflicts: [{ code: "speaker_busy", other: "Keynote" }] });
    const late = createSession({ actor: { userId: s.owner.id }, input: { conferenceId: s.conference.id, hostId: s.bismit.id, title: "Spät", ...slot("2027-03-11", "17:30", 60, s.saal.id) } });
    await expect(late).resolves.toMatchObject({ ok: false, reason: "schedule_conflict", conflicts: [{ code: "outside_conference" }] });
    await expect(createSession({ actor: { userId: s.owner.id }, input: { conferenceId: s.conference.id, hostId: s.bismit.id, title: "X", ...slot("2027-03-10", "25:00", 0, null) } })).rejects.toMatchObject({ name: "ZodError" });
    // Moving the first session next to itself is no clash with itself.
    const moved = accepted(await updateSession({ sessionId: first.id, actor: { userId: s.owner.id }, changes: { slot: { day: "2027-03-10", start: "10:30", minutes: 60 } } })).session;
    expect(moved.startsAt.toISOString()).toBe("2027-03-10T09:30:00.000Z");
    expect(await db.session.count({ where: { conferenceId: s.conference.id } })).toBe(1);
  });

  it("lowering capacity below the confirmed seats needs consent, then moves the latest confirmed to the front of the waiting list", async () => {
    const s = await scenario();
    const session = accepted(await createSession({ actor: { userId: s.owner.id }, input: { conferenceId: s.conference.id, hostId: s.bismit.id, title: "Werkstatt", capacity: 3, ...slot("2027-03-10", "14:00", 90, s.werkstatt.id) } })).session;
    const regs = [];
    for (let i = 0; i < 4; i++) {
      regs.push(await registerAttendee({ conferenceSlug: s.conference.slug, input: { name: `P${i}`, email: `${uniq("p")}@example.org`, consent: true, sessionIds: [session.id] } }));
    }
    expect(regs.map((r) => r.sessions[0].status)).toEqual(["confirmed", "confirmed", "confirmed", "waitlisted"]);
    await expect(updateSession({ sessionId: session.id, actor: { userId: s.owner.id }, changes: { capacity: 1 } })).resolves.toMatchObject({ ok: false, reason: "schedule_conflict", conflicts: [{ code: "capacity_below_confirmed", confirmed: 3 }] });

    const result = accepted(await updateSession({ sessionId: session.id, actor: { userId: s.owner.id }, changes: { capacity: 1, overflowToWaitlist: true } })).session;
    expect(result.movedToWaitlist).toBe(2);
    const after = await db.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(after).toMatchObject({ capacity: 1, seatsTaken: 1 });
    const statuses = await Promise.all(regs.map((r) => db.sessionRegistration.findFirstOrThrow({ where: { registrationId: r.registration.id, sessionId: session.id } })));
    expect(statuses.map((x) => x.status)).toEqual(["confirmed", "waitlisted", "waitlisted", "waitlisted"]);
    const waiting = await db.sessionRegistration.findMany({ where: { sessionId: session.id, status: "waitlisted" }, orderBy: [{ waitlistedAt: "asc" }, { id: "asc" }] });
    expect(waiting.map((w) => w.registrationId)).toEqual([regs[1].registration.id, regs[2].registration.id, regs[3].registration.id]);
    const notice = await db.emailOutbox.findFirstOrThrow({ where: { registrationId: regs[2].registration.id, kind: "session-updated" } });
    expect(notice.payload).toMatchObject({ session: { status: "waitlisted", waitlistPosition: 2 }, invite: { method: "CANCEL" } });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: session.id, action: "session.update" } });
    expect(audit.before).toMatchObject({ capacity: 3 });
    expect(audit.after).toMatchObject({ capacity: 1, movedToWaitlist: [regs[2].registration.id, regs[1].registration.id] });
  });
});
