/**
 * The registration writer (lib/registrations/registration-writer.ts): registrations arriving
 * together are written in shared transactions, and each still gets exactly what a registration
 * written alone gets — its rows, its seat or waiting-list place in arrival order, its mails.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { RegisterResult } from "@/lib/registrations/register-attendee";
import { registerAttendee } from "../helpers/register";
import { registrationWriterStats } from "@/lib/registrations/registration-writer";
import { createConference, createSession, uniq } from "../helpers/fixtures";

beforeAll(() => {
  process.env.RATE_LIMIT = "off";
});

const person = (i: number, sessionIds: string[] = []) => ({ name: `Person ${i}`, email: `${uniq(`b${i}`)}@example.org`, consent: true, sessionIds });

describe("registrations written together", () => {
  it("40 at once share transactions; seats go in arrival order and every registration has its own rows and mails", async () => {
    const { conference, host } = await createConference({ capacity: 30 });
    const limited = await createSession(conference, host.id, { capacity: 10, offsetMinutes: 0 });
    const open = await createSession(conference, host.id, { capacity: null, offsetMinutes: 120 });
    const before = registrationWriterStats();

    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => registerAttendee({ conferenceSlug: conference.slug, input: person(i, [limited.id, open.id]) })));

    const after = registrationWriterStats();
    expect(after.registrations - before.registrations).toBe(40);
    expect(after.transactions - before.transactions).toBeLessThan(40);
    expect(after.largestBatch).toBeGreaterThan(1);

    // Arrival order decides: the first 30 callers hold conference seats, the first 10 of them the limited session's.
    expect(results.map((r) => r.registration.status)).toEqual([...Array(30).fill("confirmed"), ...Array(10).fill("waitlisted")]);
    expect(results.slice(30).map((r) => r.registration.waitlistPosition)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    expect(results.map((r) => r.sessions[0])).toEqual([
      ...Array.from({ length: 10 }, () => ({ id: limited.id, status: "confirmed" })),
      // 20 with a conference seat, then 10 waiting for the conference: one queue for the session, in arrival order.
      ...Array.from({ length: 30 }, (_, i) => ({ id: limited.id, status: "waitlisted", waitlistPosition: i + 1 })),
    ]);
    expect(results.slice(0, 30).every((r) => r.sessions[1].status === "confirmed")).toBe(true);
    expect(results.slice(30).every((r) => r.sessions[1].status === "waitlisted")).toBe(true);

    const rows = await db.registration.findMany({ where: { conferenceId: conference.id }, include: { sessions: true, tokens: true } });
    expect(rows).toHaveLength(40);
    expect(new Set(rows.map((r) => r.checkInCode)).size).toBe(40);
    for (const r of rows) {
      expect(r.sessions).toHaveLength(2);
      expect(r.tokens.map((t) => t.kind).sort()).toEqual(["feed", "manage"]);
    }
    expect((await db.conference.findUniqueOrThrow({ where: { id: conference.id } })).seatsTaken).toBe(30);
    expect((await db.session.findUniqueOrThrow({ where: { id: limited.id } })).seatsTaken).toBe(10);
    expect((await db.session.findUniqueOrThrow({ where: { id: open.id } })).seatsTaken).toBe(30);

    // Mails: the confirmation first (with the conference's invite), then one invite per held session.
    for (const [i, r] of results.entries()) {
      const mails = await db.emailOutbox.findMany({ where: { registrationId: r.registration.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
      const expected = i < 10 ? ["registration-received", "calendar-invite", "calendar-invite"] : i < 30 ? ["registration-received", "calendar-invite"] : ["registration-received"];
      expect(mails.map((m) => m.kind)).toEqual(expected);
    }
    const audit = await db.auditLog.findMany({ where: { conferenceId: conference.id, action: "registration.create" } });
    expect(audit.map((a) => a.entityId).sort()).toEqual(results.map((r) => r.registration.id).sort());
    expect(await db.calendarDelivery.count({ where: { registrationId: { in: results.map((r) => r.registration.id) } } })).toBe(10 * 3 + 20 * 2);
  });

  it("the same address twice at once: one registration; the second answer is 'existing' and the link goes out again", async () => {
    const { conference } = await createConference();
    const input = person(1);
    const [a, b, c] = await Promise.all([input, { ...input, email: input.email.toUpperCase() }, person(2)].map((i) => registerAttendee({ conferenceSlug: conference.slug, input: i })));
    expect([a.kind, b.kind, c.kind]).toEqual(["created", "existing", "created"]);
    expect(b.registration.id).toBe(a.registration.id);
    expect(await db.registration.count({ where: { conferenceId: conference.id } })).toBe(2);
    const mails = await db.emailOutbox.findMany({ where: { registrationId: a.registration.id }, select: { kind: true } });
    expect(mails.map((m) => m.kind).sort()).toEqual(["manage-link", "registration-received"]);
  });

  it("one registration that cannot be written fails alone; the others in its batch are written", async () => {
    const { conference, host } = await createConference();
    const kept = await createSession(conference, host.id, { offsetMinutes: 0 });
    const doomed = await createSession(conference, host.id, { offsetMinutes: 120 });
    // Loads the conference's sessions into the registration cache, then the session disappears.
    await registerAttendee({ conferenceSlug: conference.slug, input: person(0, [kept.id]) });
    await db.session.delete({ where: { id: doomed.id } });

    const results = await Promise.allSettled(
      Array.from({ length: 9 }, (_, i) => registerAttendee({ conferenceSlug: conference.slug, input: person(i + 1, i === 4 ? [doomed.id] : [kept.id]) })),
    );
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled", "fulfilled", "rejected", "fulfilled", "fulfilled", "fulfilled", "fulfilled"]);
    const created = results.filter((r): r is PromiseFulfilledResult<RegisterResult> => r.status === "fulfilled").map((r) => r.value);
    expect(created.every((r) => r.kind === "created" && r.sessions[0].status === "confirmed")).toBe(true);
    expect(await db.registration.count({ where: { conferenceId: conference.id } })).toBe(9);
    expect((await db.session.findUniqueOrThrow({ where: { id: kept.id } })).seatsTaken).toBe(9);
  });
});
