import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { writeTransaction } from "@/lib/db-retry";
import { cancelRegistration } from "@/lib/registrations/cancel-registration";
import { promoteAttendee } from "@/lib/attendees/promote-attendee";
import { promoteWaitlist } from "@/lib/registrations/promote-waitlist";
import { registerAttendee as registerUseCase } from "@/lib/registrations/register-attendee";
import { registerAttendee } from "../helpers/register";
import { createConference, createSession, uniq } from "../helpers/fixtures";

beforeAll(() => {
  process.env.RATE_LIMIT = "off";
});

const person = (name: string, sessionIds: string[] = []) => ({ name, email: `${uniq("w")}@example.org`, consent: true, sessionIds });
const organiser = async () => ({ userId: (await db.user.create({ data: { email: `${uniq("org")}@example.org` } })).id });
/** An owner of the conference's organising host: the one who may take people off its waiting lists. */
const ownerOf = async (hostId: string) => {
  const actor = await organiser();
  await db.membership.create({ data: { userId: actor.userId, hostId, role: "owner" } });
  return actor;
};

describe("waiting lists", () => {
  it("an organiser adds an attendee outside the registration window; the row says so", async () => {
    const { conference } = await createConference({ registrationClosesAt: new Date(Date.now() - 1000) });
    const actor = await organiser();
    expect(await registerUseCase({ conferenceSlug: conference.slug, input: person("Zu spät") })).toEqual({ ok: false, reason: "closed" });
    const added = await registerAttendee({ conferenceSlug: conference.slug, input: person("Nachgemeldet"), byOrganiser: actor });
    expect(added.kind).toBe("created");
    const row = await db.registration.findUniqueOrThrow({ where: { id: added.registration.id } });
    expect(row.source).toBe("organiser");
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: row.id, action: "registration.create" } });
    expect(audit.actorUserId).toBe(actor.userId);
  });

  it("raising a session's capacity promotes the waiting list in order, with an email each", async () => {
    const { conference, host } = await createConference();
    const session = await createSession(conference, host.id, { capacity: 1 });
    const results = [];
    for (const name of ["Erste", "Zweite", "Dritte", "Vierte"]) results.push(await registerAttendee({ conferenceSlug: conference.slug, input: person(name, [session.id]) }));
    expect(results.map((r) => r.sessions[0].waitlistPosition ?? 0)).toEqual([0, 1, 2, 3]);

    await db.session.update({ where: { id: session.id }, data: { capacity: 3 } });
    const promoted = await writeTransaction((tx) => promoteWaitlist(tx, { conferenceId: conference.id, sessionId: session.id, now: new Date() }));
    expect(promoted.map((p) => p.registrationId)).toEqual([results[1].registration.id, results[2].registration.id]);
    const mail = await db.emailOutbox.findFirstOrThrow({ where: { registrationId: results[1].registration.id, kind: "waitlist-promoted" } });
    const payload = mail.payload as { invite: { method: string; event: { uid: string } } };
    expect(payload.invite).toEqual({ method: "REQUEST", event: expect.objectContaining({ uid: `session-${session.id}@localhost` }) });
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).seatsTaken).toBe(3);
  });

  it("a promoted conference waiter also moves up on the session lists they queued for", async () => {
    const { conference, host } = await createConference({ capacity: 1 });
    const session = await createSession(conference, host.id, { capacity: 5 });
    const first = await registerAttendee({ conferenceSlug: conference.slug, input: person("Anna", [session.id]) });
    const second = await registerAttendee({ conferenceSlug: conference.slug, input: person("Bernd", [session.id]) });
    expect(second.registration).toMatchObject({ status: "waitlisted", waitlistPosition: 1 });
    expect(second.sessions[0].status).toBe("waitlisted");

    await cancelRegistration({ registrationId: first.registration.id, actor: "attendee" });
    const bernd = await db.registration.findUniqueOrThrow({ where: { id: second.registration.id }, include: { sessions: true } });
    expect(bernd.status).toBe("confirmed");
    expect(bernd.sessions[0].status).toBe("confirmed");
    expect(await db.emailOutbox.count({ where: { registrationId: bernd.id, kind: "waitlist-promoted" } })).toBe(2);
    const c = await db.conference.findUniqueOrThrow({ where: { id: conference.id } });
    expect(c.seatsTaken).toBe(1);
  });

  it("an organiser confirms one attendee from a waiting list only when a seat is free", async () => {
    const { conference, host } = await createConference();
    const session = await createSession(conference, host.id, { capacity: 1 });
    const actor = await ownerOf(host.id);
    const a = await registerAttendee({ conferenceSlug: conference.slug, input: person("A", [session.id]) });
    const b = await registerAttendee({ conferenceSlug: conference.slug, input: person("B", [session.id]) });
    const c = await registerAttendee({ conferenceSlug: conference.slug, input: person("C", [session.id]) });

    await expect(promoteAttendee({ registrationId: c.registration.id, sessionId: session.id, actor })).resolves.toEqual({ ok: false, reason: "full" });
    await expect(promoteAttendee({ registrationId: a.registration.id, sessionId: session.id, actor })).resolves.toEqual({ ok: false, reason: "not_waitlisted" });

    // A seat frees without automatic promotion (capacity raised directly): the organiser picks C over B.
    await db.session.update({ where: { id: session.id }, data: { capacity: 2 } });
    const result = await promoteAttendee({ registrationId: c.registration.id, sessionId: session.id, actor });
    expect(result).toMatchObject({ ok: true, promoted: [{ registrationId: c.registration.id, sessionId: session.id }] });
    const entry = await db.sessionRegistration.findFirstOrThrow({ where: { registrationId: c.registration.id } });
    expect(entry.status).toBe("confirmed");
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).seatsTaken).toBe(2);
    expect(await db.emailOutbox.count({ where: { registrationId: c.registration.id, kind: "waitlist-promoted" } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: c.registration.id, action: "registration.confirm-from-waitlist", actorUserId: actor.userId } })).toBe(1);
    // Still full for B.
    await expect(promoteAttendee({ registrationId: b.registration.id, sessionId: session.id, actor })).resolves.toEqual({ ok: false, reason: "full" });
    await expect(promoteAttendee({ registrationId: "nope", actor })).rejects.toMatchObject({ code: "not_found" });
  });

  it("an organiser confirms a conference waiter when a place is free", async () => {
    const { conference, host } = await createConference({ capacity: 1 });
    const actor = await ownerOf(host.id);
    await registerAttendee({ conferenceSlug: conference.slug, input: person("A") });
    const b = await registerAttendee({ conferenceSlug: conference.slug, input: person("B") });
    await expect(promoteAttendee({ registrationId: b.registration.id, actor })).resolves.toEqual({ ok: false, reason: "full" });
    await db.conference.update({ where: { id: conference.id }, data: { capacity: 2 } });
    await promoteAttendee({ registrationId: b.registration.id, actor });
    expect((await db.registration.findUniqueOrThrow({ where: { id: b.registration.id } })).status).toBe("confirmed");
    expect((await db.conference.findUniqueOrThrow({ where: { id: conference.id } })).seatsTaken).toBe(2);
  });

  it("waiting-list positions follow the order places were taken, even within one millisecond", async () => {
    const { conference } = await createConference({ capacity: 1 });
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => registerAttendee({ conferenceSlug: conference.slug, input: person(`P${i}`) })));
    const waiting = results.filter((r) => r.registration.status === "waitlisted");
    const rows = await db.registration.findMany({ where: { conferenceId: conference.id, status: "waitlisted" }, orderBy: [{ waitlistedAt: "asc" }, { id: "asc" }] });
    // The stored queue order is the order of the positions handed out, and the times are distinct.
    const byPosition = [...waiting].sort((x, y) => x.registration.waitlistPosition! - y.registration.waitlistPosition!).map((r) => r.registration.id);
    expect(rows.map((r) => r.id)).toEqual(byPosition);
    expect(new Set(rows.map((r) => r.waitlistedAt!.getTime())).size).toBe(rows.length);
  });
});
