import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/conferences/[slug]/registrations/route";
import { DELETE } from "@/app/api/registrations/[token]/route";
import { db } from "@/lib/db";
import { cancelRegistration } from "@/lib/registrations/cancel-registration";
import { registerAttendee } from "../helpers/register";
import { detailsFormValues, updateConferenceInput } from "@/lib/conferences/schema";
import { updateConference as updateConferenceUseCase } from "@/lib/conferences/update-conference";
import { updateSession } from "@/lib/sessions/update-session";
import { createConference, createSession, uniq } from "../helpers/fixtures";
import { parsed } from "../helpers/parsed";

const updateConference = parsed(updateConferenceInput, updateConferenceUseCase);

beforeAll(() => {
  process.env.RATE_LIMIT = "off";
});

const attendee = (i: number, sessionId: string) => ({ name: `Teilnehmerin ${i}`, email: `${uniq(`t${i}`)}@example.org`, consent: true, sessionIds: [sessionId] });

describe("no overbooking under concurrency", () => {
  it("the 11th of 200 simultaneous registrations for a 10-seat session is waitlisted: 10 confirmed, 190 in order", async () => {
    const { conference, host } = await createConference();
    const session = await createSession(conference, host.id, { capacity: 10 });
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, (_, i) => registerAttendee({ conferenceSlug: conference.slug, input: attendee(i, session.id) })),
    );
    const errors = results.filter((r) => r.status === "rejected");
    expect(errors.map((e) => String((e as PromiseRejectedResult).reason))).toEqual([]);
    const outcomes = results.map((r) => (r as PromiseFulfilledResult<Awaited<ReturnType<typeof registerAttendee>>>).value.sessions[0]);
    expect(outcomes.filter((o) => o.status === "confirmed")).toHaveLength(10);
    const positions = outcomes.filter((o) => o.status === "waitlisted").map((o) => o.waitlistPosition).sort((a, b) => a! - b!);
    expect(positions).toEqual(Array.from({ length: 190 }, (_, i) => i + 1));

    const row = await db.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(row.seatsTaken).toBe(10);
    expect(await db.sessionRegistration.count({ where: { sessionId: session.id, status: "confirmed" } })).toBe(10);
    expect(await db.sessionRegistration.count({ where: { sessionId: session.id, status: "waitlisted" } })).toBe(190);
  });

  it("a conference with 10 places puts the rest on its own waiting list", async () => {
    const { conference } = await createConference({ capacity: 10 });
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) => registerAttendee({ conferenceSlug: conference.slug, input: { name: `P ${i}`, email: `${uniq("c")}@example.org`, consent: true } })),
    );
    expect(results.filter((r) => r.registration.status === "confirmed")).toHaveLength(10);
    expect(results.map((r) => r.registration.waitlistPosition).filter(Boolean).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect((await db.conference.findUniqueOrThrow({ where: { id: conference.id } })).seatsTaken).toBe(10);
  });

  it("cancellations racing new registrations never exceed capacity and promote in waiting-list order", async () => {
    const { conference, host } = await createConference();
    const session = await createSession(conference, host.id, { capacity: 10 });
    // 10 confirmed and 20 waiting, in a known order.
    const first = [];
    for (let i = 0; i < 30; i++) first.push(await registerAttendee({ conferenceSlug: conference.slug, input: attendee(i, session.id) }));
    const waitingInOrder = first.filter((r) => r.sessions[0].status === "waitlisted").map((r) => r.registration.id);
    const confirmed = first.filter((r) => r.sessions[0].status === "confirmed").map((r) => r.registration.id);

    // Watch the seat count while 5 cancellations race 50 new registrations.
    let maxSeen = 0;
    let watching = true;
    const watcher = (async () => {
      while (watching) {
        const seats = await db.sessionRegistration.count({ where: { sessionId: session.id, status: "confirmed" } });
        const counter = (await db.session.findUniqueOrThrow({ where: { id: session.id } })).seatsTaken;
        maxSeen = Math.max(maxSeen, seats, counter);
        // Yield to the event loop as any real reader does: SQLite answers synchronously, and a loop
        // of microtasks alone would starve every timer — the registration writer's pause too.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const racing = await Promise.allSettled([
      ...confirmed.slice(0, 5).map((registrationId) => cancelRegistration({ registrationId, actor: "attendee" })),
      ...Array.from({ length: 50 }, (_, i) => registerAttendee({ conferenceSlug: conference.slug, input: attendee(100 + i, session.id) })),
    ]);
    watching = false;
    await watcher;
    expect(racing.filter((r) => r.status === "rejected")).toEqual([]);
    expect(maxSeen).toBeLessThanOrEqual(10);

    const seated = await db.sessionRegistration.findMany({ where: { sessionId: session.id, status: "confirmed" }, select: { registrationId: true } });
    expect(seated).toHaveLength(10);
    // The five freed seats went to the first five who were waiting, not to newcomers.
    const seatedIds = new Set(seated.map((s) => s.registrationId));
    expect(waitingInOrder.slice(0, 5).every((id) => seatedIds.has(id))).toBe(true);
    expect(waitingInOrder.slice(5).some((id) => seatedIds.has(id))).toBe(false);
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).seatsTaken).toBe(10);
    expect(await db.emailOutbox.count({ where: { kind: "waitlist-promoted", registrationId: { in: waitingInOrder.slice(0, 5) } } })).toBe(5);
  });

  it("the database itself refuses a seat count above capacity", async () => {
    const { conference, host } = await createConference();
    const session = await createSession(conference, host.id, { capacity: 1 });
    await expect(db.session.update({ where: { id: session.id }, data: { seatsTaken: 2 } })).rejects.toThrow();
  });
});

describe("no overbooking under concurrency, through the JSON API", () => {
  const post = (slug: string, body: unknown) =>
    POST(new Request(`http://test/api/conferences/${slug}/registrations`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }), {
      params: Promise.resolve({ slug }),
    });
  const cancel = (manageUrl: string) => DELETE(new Request("http://test", { method: "DELETE" }), { params: Promise.resolve({ token: manageUrl.split("/manage/")[1] }) });

  it("200 simultaneous POSTs for a 10-seat session: 10 × 201 confirmed, 190 × 201 waitlisted 1..190", async () => {
    const { conference, host } = await createConference();
    const session = await createSession(conference, host.id, { capacity: 10 });
    const responses = await Promise.all(Array.from({ length: 200 }, (_, i) => post(conference.slug, attendee(i, session.id))));
    expect(responses.map((r) => r.status).filter((s) => s !== 201)).toEqual([]);
    const bodies = await Promise.all(responses.map((r) => r.json()));
    const sessions = bodies.map((b) => b.sessions[0]);
    expect(sessions.filter((s) => s.status === "confirmed")).toHaveLength(10);
    expect(sessions.filter((s) => s.status === "waitlisted").map((s) => s.waitlistPosition).sort((a, b) => a - b)).toEqual(Array.from({ length: 190 }, (_, i) => i + 1));
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).seatsTaken).toBe(10);
  });

  it("DELETEs racing POSTs: never above capacity, freed seats go to the head of the waiting list", async () => {
    const { conference, host } = await createConference();
    const session = await createSession(conference, host.id, { capacity: 10 });
    const first = [];
    for (let i = 0; i < 25; i++) first.push(await (await post(conference.slug, attendee(i, session.id))).json());
    const confirmed = first.filter((b) => b.sessions[0].status === "confirmed");
    const waiting = first.filter((b) => b.sessions[0].status === "waitlisted").sort((a, b) => a.sessions[0].waitlistPosition - b.sessions[0].waitlistPosition);

    let maxSeen = 0;
    let watching = true;
    const watcher = (async () => {
      while (watching) {
        maxSeen = Math.max(maxSeen, await db.sessionRegistration.count({ where: { sessionId: session.id, status: "confirmed" } }));
        // better-sqlite3 answers synchronously: without yielding, this loop would starve the requests' timers.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const responses = await Promise.all([
      ...confirmed.slice(0, 4).map((b) => cancel(b.manageUrl)),
      ...Array.from({ length: 40 }, (_, i) => post(conference.slug, attendee(200 + i, session.id))),
    ]);
    watching = false;
    await watcher;
    expect(responses.map((r) => r.status).filter((s) => s !== 200 && s !== 201)).toEqual([]);
    expect(maxSeen).toBeLessThanOrEqual(10);
    const seated = new Set((await db.sessionRegistration.findMany({ where: { sessionId: session.id, status: "confirmed" } })).map((s) => s.registrationId));
    expect(seated.size).toBe(10);
    expect(waiting.slice(0, 4).every((b) => seated.has(b.id))).toBe(true);
    expect(waiting.slice(4).some((b) => seated.has(b.id))).toBe(false);
    // The remaining queue is numbered 1..N without gaps.
    const queue = await db.sessionRegistration.findMany({ where: { sessionId: session.id, status: "waitlisted" }, orderBy: [{ waitlistedAt: "asc" }, { id: "asc" }] });
    expect(queue.map((q) => q.registrationId).slice(0, waiting.length - 4)).toEqual(waiting.slice(4).map((b) => b.id));
    expect(queue).toHaveLength(25 - 10 - 4 + 40);
  });
});

describe("capacity changes racing registrations", () => {
  it("a session's capacity cut while 30 people register: either refused with the confirmed count or applied, never an error or an overbooking", async () => {
    const { conference, host } = await createConference();
    const session = await createSession(conference, host.id, { capacity: 20 });
    const owner = await db.user.create({ data: { email: `${uniq("owner")}@example.org`, memberships: { create: { hostId: host.id, role: "owner" } } } });
    for (let i = 0; i < 10; i++) await registerAttendee({ conferenceSlug: conference.slug, input: attendee(i, session.id) });
    const [cut, ...registrations] = await Promise.allSettled([
      updateSession({ sessionId: session.id, actor: { userId: owner.id }, changes: { capacity: 12 } }),
      ...Array.from({ length: 30 }, (_, i) => registerAttendee({ conferenceSlug: conference.slug, input: attendee(100 + i, session.id) })),
    ]);
    expect(registrations.filter((r) => r.status === "rejected")).toEqual([]);
    if (cut.status === "rejected") throw cut.reason;
    if (!cut.value.ok) expect(cut.value).toMatchObject({ reason: "schedule_conflict", conflicts: [expect.objectContaining({ code: "capacity_below_confirmed" })] });
    const row = await db.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(row.capacity).toBe(cut.value.ok ? 12 : 20);
    expect(row.seatsTaken).toBe(row.capacity);
    expect(await db.sessionRegistration.count({ where: { sessionId: session.id, status: "confirmed" } })).toBe(row.capacity);
  });

  it("a conference's capacity cut while 30 people register: refused or applied, never an error or an overbooking", async () => {
    const { conference, host } = await createConference({ capacity: 20 });
    const owner = await db.user.create({ data: { email: `${uniq("owner")}@example.org`, memberships: { create: { hostId: host.id, role: "owner" } } } });
    const session = await createSession(conference, host.id);
    for (let i = 0; i < 10; i++) await registerAttendee({ conferenceSlug: conference.slug, input: attendee(i, session.id) });
    const stored = await db.conference.findUniqueOrThrow({ where: { id: conference.id } });
    const details = { ...detailsFormValues(stored), capacity: "12" };
    const [cut, ...registrations] = await Promise.allSettled([
      updateConference({ input: { conferenceId: conference.id, details }, actor: { userId: owner.id } }),
      ...Array.from({ length: 30 }, (_, i) => registerAttendee({ conferenceSlug: conference.slug, input: attendee(100 + i, session.id) })),
    ]);
    expect(registrations.filter((r) => r.status === "rejected")).toEqual([]);
    if (cut.status === "rejected") expect(cut.reason).toMatchObject({ code: "validation" });
    const row = await db.conference.findUniqueOrThrow({ where: { id: conference.id } });
    expect(row.capacity).toBe(cut.status === "fulfilled" ? 12 : 20);
    expect(row.seatsTaken).toBe(row.capacity);
    expect(await db.registration.count({ where: { conferenceId: conference.id, status: "confirmed" } })).toBe(row.capacity);
  });
});
