import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { eventFromJson } from "@/lib/calendar/events";
import { buildCalendar } from "@/lib/calendar/ics";
import { db } from "@/lib/db";
import type { Invite } from "@/lib/mail/messages";
import { registerAttendee } from "../helpers/register";
import { cancelSession } from "@/lib/sessions/cancel-session";
import { updateSession } from "@/lib/sessions/update-session";
import { createHost, uniq } from "../helpers/fixtures";

beforeAll(() => {
  process.env.RATE_LIMIT = "off";
});

async function user(hostId: string | null, role: "owner" | "editor" | "viewer" = "owner") {
  return db.user.create({ data: { email: `${uniq("u")}@example.org`, ...(hostId ? { memberships: { create: { hostId, role } } } : {}) } });
}

/** BiSMit organises, EMMD is a partner responsible for one session; two rooms. */
async function scenario() {
  const bismit = await createHost();
  const emmd = await createHost();
  const start = new Date(Date.now() + 30 * 864e5);
  const conference = await db.conference.create({
    data: {
      slug: uniq("org"),
      title: "Bildungskonferenz",
      startsAt: start,
      endsAt: new Date(start.getTime() + 10 * 36e5),
      venueName: "Halle",
      venueAddress: "Weg 1",
      status: "published",
      registrationOpensAt: new Date(Date.now() - 864e5),
      hosts: { create: [{ hostId: bismit.id, role: "organiser" }, { hostId: emmd.id, role: "partner" }] },
      rooms: { create: [{ name: "Saal" }, { name: "Werkstatt" }] },
    },
    include: { rooms: true },
  });
  const [saal, werkstatt] = conference.rooms;
  const at = (h: number) => new Date(start.getTime() + h * 36e5);
  const bismitSession = await db.session.create({ data: { conferenceId: conference.id, hostId: bismit.id, roomId: saal.id, title: "BiSMit-Forum", startsAt: at(1), endsAt: at(2), status: "scheduled" } });
  const emmdSession = await db.session.create({ data: { conferenceId: conference.id, hostId: emmd.id, roomId: werkstatt.id, title: "EMMD-Werkstatt", startsAt: at(1), endsAt: at(2), status: "scheduled", capacity: 2 } });
  return { conference, bismit, emmd, saal, werkstatt, bismitSession, emmdSession, at };
}

function parseInvite(payload: unknown) {
  const { invite } = payload as { invite: Invite };
  const text = buildCalendar({ method: invite.method, events: [eventFromJson(invite.event)] });
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { method: calendar.getFirstPropertyValue("method"), event: new ICAL.Event(calendar.getFirstSubcomponent("vevent")!) };
}

describe("organiser permissions on sessions", () => {
  it("an EMMD editor reschedules EMMD's session but not BiSMit's; others are refused and nothing changes", async () => {
    const s = await scenario();
    const emmdEditor = await user(s.emmd.id, "editor");
    await updateSession({ sessionId: s.emmdSession.id, actor: { userId: emmdEditor.id }, changes: { startsAt: s.at(3), endsAt: s.at(4) } });
    expect((await db.session.findUniqueOrThrow({ where: { id: s.emmdSession.id } })).startsAt).toEqual(s.at(3));

    await expect(updateSession({ sessionId: s.bismitSession.id, actor: { userId: emmdEditor.id }, changes: { title: "Gekapert" } })).rejects.toMatchObject({ code: "forbidden" });
    await expect(cancelSession({ sessionId: s.bismitSession.id, actor: { userId: emmdEditor.id } })).rejects.toMatchObject({ code: "forbidden" });
    const viewer = await user(s.bismit.id, "viewer");
    await expect(updateSession({ sessionId: s.bismitSession.id, actor: { userId: viewer.id }, changes: { title: "X" } })).rejects.toMatchObject({ code: "forbidden" });
    const outsider = await user(null);
    await expect(updateSession({ sessionId: s.bismitSession.id, actor: { userId: outsider.id }, changes: { title: "X" } })).rejects.toMatchObject({ code: "not_found" });
    const otherHostOwner = await user((await createHost()).id, "owner");
    await expect(cancelSession({ sessionId: s.bismitSession.id, actor: { userId: otherHostOwner.id } })).rejects.toMatchObject({ code: "not_found" });
    const unchanged = await db.session.findUniqueOrThrow({ where: { id: s.bismitSession.id } });
    expect(unchanged).toMatchObject({ title: "BiSMit-Forum", status: "scheduled", revision: 0 });
  });

  it("a BiSMit owner is refused a room clash, then reschedules; holders get an update with the same UID and a higher SEQUENCE", async () => {
    const s = await scenario();
    const owner = await user(s.bismit.id, "owner");
    const reg = await registerAttendee({ conferenceSlug: s.conference.slug, input: { name: "Ada", email: `${uniq("a")}@example.org`, consent: true, sessionIds: [s.bismitSession.id] } });
    // The confirmation carries the conference; the session's invite follows in a message of its own.
    const sessionInvite = await db.emailOutbox.findFirstOrThrow({ where: { registrationId: reg.registration.id, kind: "calendar-invite" } });
    const original = (sessionInvite.payload as { invite: Invite }).invite.event;
    expect(original.uid).toBe(`session-${s.bismitSession.id}@localhost`);

    await expect(updateSession({ sessionId: s.bismitSession.id, actor: { userId: owner.id }, changes: { roomId: s.werkstatt.id } })).resolves.toMatchObject({
      ok: false,
      reason: "schedule_conflict",
      conflicts: [{ code: "room_taken", other: expect.stringContaining("EMMD-Werkstatt") }],
    });
    await expect(updateSession({ sessionId: s.bismitSession.id, actor: { userId: owner.id }, changes: { startsAt: s.at(2), endsAt: s.at(1) } })).resolves.toMatchObject({ ok: false, reason: "schedule_conflict" });
    await expect(updateSession({ sessionId: s.bismitSession.id, actor: { userId: owner.id }, changes: { startsAt: s.at(-5), endsAt: s.at(-4) } })).resolves.toMatchObject({ ok: false, reason: "schedule_conflict" });
    expect(await db.emailOutbox.count({ where: { registrationId: reg.registration.id, kind: "session-updated" } })).toBe(0);

    await updateSession({ sessionId: s.bismitSession.id, actor: { userId: owner.id }, changes: { startsAt: s.at(5), endsAt: s.at(6), title: "BiSMit-Forum (neu)" } });
    const session = await db.session.findUniqueOrThrow({ where: { id: s.bismitSession.id } });
    expect(session.revision).toBe(1);
    const update = await db.emailOutbox.findFirstOrThrow({ where: { registrationId: reg.registration.id, kind: "session-updated" } });
    const { method, event } = parseInvite(update.payload);
    expect(method).toBe("REQUEST");
    expect(event.uid).toBe(original.uid);
    expect(event.sequence).toBe(original.sequence + 1);
    expect(event.summary).toBe("BiSMit-Forum (neu)");
    expect(event.startDate.toJSDate()).toEqual(new Date(Math.floor(s.at(5).getTime() / 1000) * 1000));
    expect((update.payload as { changes: Record<string, unknown> }).changes).toHaveProperty("startsAt");
    expect(await db.auditLog.count({ where: { entityId: s.bismitSession.id, action: "session.update", actorUserId: owner.id } })).toBe(1);

    await cancelSession({ sessionId: s.bismitSession.id, actor: { userId: owner.id } });
    const cancel = await db.emailOutbox.findFirstOrThrow({ where: { registrationId: reg.registration.id, kind: "session-cancelled" } });
    const cancelled = parseInvite(cancel.payload);
    expect(cancelled.method).toBe("CANCEL");
    expect(cancelled.event.uid).toBe(original.uid);
    expect(cancelled.event.sequence).toBe(2);
    expect(cancelled.event.component.getFirstPropertyValue("status")).toBe("CANCELLED");
  });

  it("refuses a capacity below the confirmed count and promotes the waiting list when capacity rises", async () => {
    const s = await scenario();
    const owner = await user(s.bismit.id, "owner");
    const regs = [];
    for (let i = 0; i < 3; i++) regs.push(await registerAttendee({ conferenceSlug: s.conference.slug, input: { name: `P${i}`, email: `${uniq("p")}@example.org`, consent: true, sessionIds: [s.emmdSession.id] } }));
    expect(regs.map((r) => r.sessions[0].status)).toEqual(["confirmed", "confirmed", "waitlisted"]);
    await expect(updateSession({ sessionId: s.emmdSession.id, actor: { userId: owner.id }, changes: { capacity: 1 } })).resolves.toMatchObject({ ok: false, reason: "schedule_conflict" });
    await updateSession({ sessionId: s.emmdSession.id, actor: { userId: owner.id }, changes: { capacity: 3 } });
    const third = await db.sessionRegistration.findFirstOrThrow({ where: { registrationId: regs[2].registration.id } });
    expect(third.status).toBe("confirmed");
    expect(await db.emailOutbox.count({ where: { registrationId: regs[2].registration.id, kind: "waitlist-promoted" } })).toBe(1);
  });
});
