/**
 * Calendar invitations as mail clients act on them (iTIP, RFC 5546): one event per message, every
 * later change to an event the attendee holds reaches them with the same UID and a higher
 * SEQUENCE, and subscription feeds are no invitations.
 */
import ICAL from "ical.js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET as agenda } from "@/app/api/agenda/[token]/calendar.ics/route";
import { GET as conferenceIcs } from "@/app/api/conferences/[slug]/calendar.ics/route";
import { GET as sessionIcs } from "@/app/api/sessions/[id]/calendar.ics/route";
import { forgetUidDomain, loadUidDomain, UID_DOMAIN_KEY } from "@/lib/calendar/uid-domain";
import { detailsFormValues, updateConferenceInput } from "@/lib/conferences/schema";
import { updateConference as updateConferenceUseCase } from "@/lib/conferences/update-conference";
import { db } from "@/lib/db";
import { deliverPending } from "@/lib/mail/sender";
import { cancelRegistration } from "@/lib/registrations/cancel-registration";
import { registerAttendee } from "../helpers/register";
import { updateRegistration } from "@/lib/registrations/update-registration";
import { cancelSession } from "@/lib/sessions/cancel-session";
import { updateSession } from "@/lib/sessions/update-session";
import { createConference, createSession, uniq } from "../helpers/fixtures";
import { outboxRows, renderedCalendarParts, type CalendarPart } from "../helpers/invites";
import { emailedLinks } from "../helpers/links";
import { parsed } from "../helpers/parsed";

const updateConference = parsed(updateConferenceInput, updateConferenceUseCase);

beforeAll(() => {
  process.env.RATE_LIMIT = "off";
});
afterEach(() => {
  delete process.env.CALENDAR_UPDATE_DELAY_SECONDS;
});

async function organiser(hostId: string) {
  return db.user.create({ data: { email: `${uniq("u")}@example.org`, memberships: { create: { hostId, role: "owner" } } } });
}

async function scenario(options: { capacity?: number } = {}) {
  const { conference, host } = await createConference({ capacity: options.capacity ?? null });
  const sessions = [];
  for (let i = 0; i < 5; i++) sessions.push(await createSession(conference, host.id, { title: `Programmpunkt ${i + 1}`, offsetMinutes: 60 + i * 120 }));
  const owner = await organiser(host.id);
  return { conference, host, sessions, owner };
}

async function register(slug: string, name: string, sessionIds: string[]) {
  const result = await registerAttendee({ conferenceSlug: slug, input: { name, email: `${uniq(name.toLowerCase())}@example.org`, consent: true, sessionIds } });
  // The subscription address carries the feed token, as emailed.
  return { id: result.registration.id, token: (await emailedLinks(result.registration.id)).feed, status: result.registration.status };
}

const later = (d: Date, minutes: number) => new Date(d.getTime() + minutes * 60_000);

async function changeConference(conferenceId: string, userId: string, overrides: Record<string, unknown>) {
  const stored = await db.conference.findUniqueOrThrow({ where: { id: conferenceId } });
  return updateConference({ input: { conferenceId, details: { ...detailsFormValues(stored), ...overrides } }, actor: { userId } });
}

/** All calendar parts a registration was sent, oldest message first. */
async function partsFor(registrationId: string): Promise<CalendarPart[]> {
  const parts: CalendarPart[] = [];
  for (const row of await outboxRows({ registrationId })) parts.push(...(await renderedCalendarParts(row)));
  return parts;
}

const req = () => new Request("http://test/x.ics");

describe("iTIP rules across a whole scenario", () => {
  it("every emailed calendar object concerns one UID, REQUESTs have ORGANIZER and ATTENDEE, SEQUENCE only rises, feeds carry no METHOD and no ATTENDEE", async () => {
    process.env.CALENDAR_UPDATE_DELAY_SECONDS = "0";
    const s = await scenario();
    const [s1, s2, s3, s4, s5] = s.sessions;
    const stepOf = new Map<string, number>();
    let step = 0;
    // After each step the mail goes out (as the sender would), so no update coalesces with the next.
    const mark = async () => {
      step++;
      for (const row of await outboxRows({ conferenceId: s.conference.id })) if (!stepOf.has(row.id)) stepOf.set(row.id, step);
      await db.emailOutbox.updateMany({ where: { conferenceId: s.conference.id, status: "pending" }, data: { status: "sent" } });
    };

    const ada = await register(s.conference.slug, "Ada", [s1.id, s2.id, s3.id, s4.id]);
    const bob = await register(s.conference.slug, "Bob", [s1.id, s2.id]);
    await mark();
    await updateSession({ sessionId: s1.id, actor: { userId: s.owner.id }, changes: { startsAt: later(s1.startsAt, 15), endsAt: later(s1.endsAt, 15) } });
    await mark();
    // One session dropped and one added in the same change: a CANCEL and a REQUEST, never in one message.
    await updateRegistration({ registrationId: ada.id, input: { sessionIds: [s1.id, s3.id, s4.id, s5.id] }, actor: "attendee" });
    await mark();
    await cancelRegistration({ registrationId: bob.id, actor: "attendee" });
    await mark();
    await changeConference(s.conference.id, s.owner.id, { venueName: "Volkshochschule", venueAddress: "Diesterwegstraße 2, Halle" });
    await mark();
    await cancelSession({ sessionId: s3.id, actor: { userId: s.owner.id } });
    await mark();

    const rows = await outboxRows({ conferenceId: s.conference.id });
    const all: (CalendarPart & { step: number })[] = [];
    for (const row of rows) {
      const parts = await renderedCalendarParts(row);
      expect(parts.length, `${row.kind} carries one calendar part at most`).toBeLessThanOrEqual(1);
      all.push(...parts.map((p) => ({ ...p, step: stepOf.get(row.id) ?? step })));
    }
    // 5 + 3 on registering, 2 updates, 2 for Ada's change, 3 for Bob's cancel, 1 + 4 for the venue, 1 cancel.
    expect(all).toHaveLength(21);
    for (const part of all) {
      expect(part.uids, part.kind).toHaveLength(1);
      expect(["REQUEST", "CANCEL"]).toContain(part.method);
      expect(part.attendees, part.kind).toBe(1);
      if (part.method === "REQUEST") expect(part.organizers, part.kind).toBe(1);
      if (part.method === "CANCEL") expect(part.status).toBe("CANCELLED");
    }

    // Per recipient and event: SEQUENCE strictly rises from message to message.
    const byEvent = new Map<string, (CalendarPart & { step: number })[]>();
    for (const p of all) byEvent.set(`${p.registrationId} ${p.uids[0]}`, [...(byEvent.get(`${p.registrationId} ${p.uids[0]}`) ?? []), p]);
    for (const [key, list] of byEvent) {
      list.sort((a, b) => a.step - b.step);
      const steps = list.map((p) => p.step);
      expect(new Set(steps).size, `${key}: one message per change`).toBe(steps.length);
      for (let i = 1; i < list.length; i++) expect(list[i].sequence, `${key}: ${list.map((p) => `${p.method} ${p.sequence}`).join(", ")}`).toBeGreaterThan(list[i - 1].sequence);
    }

    // Whatever was sent as REQUEST and is no longer held was cancelled, with the same UID.
    const last = (registrationId: string, uidStart: string) => byEvent.get([...byEvent.keys()].find((k) => k.startsWith(`${registrationId} ${uidStart}`))!)!.at(-1)!;
    expect(last(ada.id, `session-${s2.id}@`).method).toBe("CANCEL");
    expect(last(ada.id, `session-${s3.id}@`).method).toBe("CANCEL");
    expect(last(ada.id, `session-${s5.id}@`).method).toBe("REQUEST");
    expect(last(ada.id, `conference-${s.conference.id}@`)).toMatchObject({ method: "REQUEST", sequence: 1, location: expect.stringContaining("Volkshochschule") });
    for (const uid of [`conference-${s.conference.id}@`, `session-${s1.id}@`, `session-${s2.id}@`]) expect(last(bob.id, uid).method).toBe("CANCEL");

    // Feeds are subscriptions, not iTIP messages.
    const feeds = [
      await agenda(req(), { params: Promise.resolve({ token: ada.token }) }),
      await agenda(req(), { params: Promise.resolve({ token: bob.token }) }),
      await conferenceIcs(req(), { params: Promise.resolve({ slug: s.conference.slug }) }),
      ...(await Promise.all(s.sessions.map((x) => sessionIcs(req(), { params: Promise.resolve({ id: x.id }) })))),
    ];
    for (const response of feeds) {
      expect(response.status).toBe(200);
      const calendar = new ICAL.Component(ICAL.parse(await response.text()));
      const attendees = calendar.getAllSubcomponents("vevent").flatMap((v) => v.getAllProperties("attendee"));
      if (calendar.getFirstPropertyValue("method")) expect(attendees).toEqual([]);
      expect(calendar.getFirstPropertyValue("method")).toBeNull();
      expect(attendees).toEqual([]);
    }
  });

  it("a confirmation with a conference seat and four sessions carries the conference; each session follows in a short message of its own", async () => {
    const s = await scenario();
    const ada = await register(s.conference.slug, "Ada", s.sessions.slice(0, 4).map((x) => x.id));
    const rows = await outboxRows({ registrationId: ada.id });
    expect(rows.map((r) => r.kind)).toEqual(["registration-received", "calendar-invite", "calendar-invite", "calendar-invite", "calendar-invite"]);
    expect(rows[0].payload).toMatchObject({ invitesFollow: 4 });
    const parts = await partsFor(ada.id);
    expect(parts.map((p) => p.uids[0])).toEqual([`conference-${s.conference.id}@localhost`, ...s.sessions.slice(0, 4).map((x) => `session-${x.id}@localhost`)]);
    expect(parts.every((p) => p.method === "REQUEST" && p.sequence === 0)).toBe(true);
  });
});

describe("conference event updates", () => {
  it("changing the venue sends every confirmed attendee the conference event again: same UID, SEQUENCE + 1", async () => {
    const s = await scenario({ capacity: 3 });
    const confirmed = [];
    for (const name of ["Ada", "Bob", "Cleo"]) confirmed.push(await register(s.conference.slug, name, [s.sessions[0].id]));
    const waiting = await register(s.conference.slug, "Dora", []);
    expect(waiting.status).toBe("waitlisted");
    await cancelRegistration({ registrationId: confirmed[2].id, actor: "attendee" });
    const stillConfirmed = confirmed.slice(0, 2);
    // Cleo's cancellation promoted Dora: she holds the conference event too.
    stillConfirmed.push(waiting);

    const originals = new Map<string, CalendarPart>();
    for (const r of stillConfirmed) originals.set(r.id, (await partsFor(r.id)).find((p) => p.uids[0].startsWith("conference-"))!);

    const result = await changeConference(s.conference.id, s.owner.id, { venueName: "Volkshochschule", venueAddress: "Diesterwegstraße 2, Halle" });
    expect(result.conferenceNotified).toBe(3);
    expect((await db.conference.findUniqueOrThrow({ where: { id: s.conference.id } })).revision).toBe(1);
    for (const r of stillConfirmed) {
      const [update] = await outboxRows({ registrationId: r.id, kind: "calendar-invite" }).then((rows) => rows.filter((x) => (x.payload as { reason: string }).reason === "conference-updated"));
      expect(update.payload).toMatchObject({ changes: { venue: { before: "Haus der Tests, Teststraße 1, 04109 Leipzig", after: "Volkshochschule, Diesterwegstraße 2, Halle" } } });
      const [part] = await renderedCalendarParts(update);
      const original = originals.get(r.id)!;
      expect(part).toMatchObject({ method: "REQUEST", uids: original.uids, sequence: original.sequence + 1, location: "Volkshochschule, Diesterwegstraße 2, Halle" });
    }
    // The cancelled attendee is not told about a conference they left.
    expect((await outboxRows({ registrationId: confirmed[2].id, kind: "calendar-invite" })).filter((x) => (x.payload as { reason: string }).reason === "conference-updated")).toHaveLength(0);

    // New dates: SEQUENCE goes up again, with the new times; a description alone sends nothing.
    await changeConference(s.conference.id, s.owner.id, { title: "Neuer Titel" });
    await changeConference(s.conference.id, s.owner.id, { description: "Nur die Beschreibung" });
    const updates = (await outboxRows({ registrationId: stillConfirmed[0].id, kind: "calendar-invite" })).filter((x) => (x.payload as { reason: string }).reason === "conference-updated");
    expect(updates).toHaveLength(2);
    const [second] = await renderedCalendarParts(updates[1]);
    expect(second).toMatchObject({ sequence: originals.get(stillConfirmed[0].id)!.sequence + 2, summary: "Neuer Titel" });
  });
});

describe("SEQUENCE per event and recipient", () => {
  it("an attendee's own cancel raises SEQUENCE (0→1, 2→3); choosing the session again goes higher still", async () => {
    process.env.CALENDAR_UPDATE_DELAY_SECONDS = "0";
    const s = await scenario();
    const [a, b] = s.sessions;
    const ada = await register(s.conference.slug, "Ada", [a.id, b.id]);
    for (const minutes of [10, 20]) {
      const current = await db.session.findUniqueOrThrow({ where: { id: b.id } });
      await updateSession({ sessionId: b.id, actor: { userId: s.owner.id }, changes: { startsAt: later(current.startsAt, minutes), endsAt: later(current.endsAt, minutes) } });
      // Sent before the next change, so it does not coalesce.
      await db.emailOutbox.updateMany({ where: { registrationId: ada.id, status: "pending" }, data: { status: "sent" } });
    }
    expect((await db.session.findUniqueOrThrow({ where: { id: b.id } })).revision).toBe(2);

    await updateRegistration({ registrationId: ada.id, input: { sessionIds: [] }, actor: "attendee" });
    const parts = await partsFor(ada.id);
    const of = (id: string) => parts.filter((p) => p.uids[0] === `session-${id}@localhost`).map((p) => `${p.method} ${p.sequence}`);
    expect(of(a.id)).toEqual(["REQUEST 0", "CANCEL 1"]);
    expect(of(b.id)).toEqual(["REQUEST 0", "REQUEST 1", "REQUEST 2", "CANCEL 3"]);

    await updateRegistration({ registrationId: ada.id, input: { sessionIds: [a.id] }, actor: "attendee" });
    await cancelRegistration({ registrationId: ada.id, actor: "attendee" });
    const after = await partsFor(ada.id);
    expect(after.filter((p) => p.uids[0] === `session-${a.id}@localhost`).map((p) => `${p.method} ${p.sequence}`)).toEqual(["REQUEST 0", "CANCEL 1", "REQUEST 2", "CANCEL 3"]);
    expect(after.filter((p) => p.uids[0].startsWith("conference-")).map((p) => `${p.method} ${p.sequence}`)).toEqual(["REQUEST 0", "CANCEL 1"]);
    expect(await db.calendarDelivery.findMany({ where: { registrationId: ada.id }, orderBy: { uid: "asc" }, select: { uid: true, sequence: true } })).toEqual([
      { uid: `conference-${s.conference.id}@localhost`, sequence: 1 },
      ...[
        { uid: `session-${a.id}@localhost`, sequence: 3 },
        { uid: `session-${b.id}@localhost`, sequence: 3 },
      ].sort((x, y) => x.uid.localeCompare(y.uid)),
    ]);
  });

  it("several changes to a session within the delay reach each attendee as one update: latest state, SEQUENCE above all before", async () => {
    process.env.CALENDAR_UPDATE_DELAY_SECONDS = "120";
    const s = await scenario();
    const [a] = s.sessions;
    const ada = await register(s.conference.slug, "Ada", [a.id]);
    const bob = await register(s.conference.slug, "Bob", [a.id]);
    const now = new Date();
    await updateSession({ sessionId: a.id, actor: { userId: s.owner.id }, now, changes: { startsAt: later(a.startsAt, 30), endsAt: later(a.endsAt, 30) } });
    await updateSession({ sessionId: a.id, actor: { userId: s.owner.id }, now, changes: { title: "Neuer Titel" } });
    await updateSession({ sessionId: a.id, actor: { userId: s.owner.id }, now, changes: { startsAt: later(a.startsAt, 45), endsAt: later(a.endsAt, 45) } });
    expect((await db.session.findUniqueOrThrow({ where: { id: a.id } })).revision).toBe(3);

    for (const r of [ada, bob]) {
      const updates = await outboxRows({ registrationId: r.id, kind: "session-updated" });
      expect(updates).toHaveLength(1);
      expect(updates[0].nextAttemptAt.getTime()).toBeGreaterThanOrEqual(now.getTime() + 119_000);
      expect(updates[0].payload).toMatchObject({
        session: { title: "Neuer Titel", startsAt: later(a.startsAt, 45).toISOString() },
        changes: { title: { before: a.title, after: "Neuer Titel" }, startsAt: { before: a.startsAt.toISOString(), after: later(a.startsAt, 45).toISOString() } },
      });
      const [part] = await renderedCalendarParts(updates[0]);
      expect(part).toMatchObject({ method: "REQUEST", sequence: 3, summary: "Neuer Titel", start: new Date(Math.floor(later(a.startsAt, 45).getTime() / 1000) * 1000) });
    }

    // Not sent before the delay is over; then once per attendee.
    const sent: string[] = [];
    const delivery = async (m: { to?: unknown }) => void sent.push(JSON.stringify(m.to));
    const ids = (await db.emailOutbox.findMany({ where: { registrationId: { in: [ada.id, bob.id] }, kind: "session-updated" }, select: { id: true } })).map((x) => x.id);
    expect(await deliverPending({ onlyIds: ids, now: new Date(now.getTime() + 60_000), delivery })).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(await deliverPending({ onlyIds: ids, now: new Date(now.getTime() + 121_000), delivery })).toEqual({ sent: 2, retried: 0, failed: 0 });

    // A change after the update went out is a new message, higher again.
    await updateSession({ sessionId: a.id, actor: { userId: s.owner.id }, changes: { title: "Noch ein Titel" } });
    const updates = await outboxRows({ registrationId: ada.id, kind: "session-updated" });
    expect(updates).toHaveLength(2);
    expect((await renderedCalendarParts(updates[1]))[0]).toMatchObject({ sequence: 4, summary: "Noch ein Titel" });

    // A cancel while an update waits replaces it: the attendee gets the cancel only.
    await cancelSession({ sessionId: a.id, actor: { userId: s.owner.id } });
    expect(await outboxRows({ registrationId: ada.id, kind: "session-updated" })).toHaveLength(1);
    const [cancel] = await outboxRows({ registrationId: ada.id, kind: "session-cancelled" });
    expect((await renderedCalendarParts(cancel))[0]).toMatchObject({ method: "CANCEL", sequence: 5 });
  });
});

describe("UID domain", () => {
  const original = process.env.APP_URL;
  afterAll(async () => {
    // Leave the database as every other test file expects it: UIDs at localhost.
    if (original === undefined) delete process.env.APP_URL;
    else process.env.APP_URL = original;
    await db.appSetting.upsert({ where: { key: UID_DOMAIN_KEY }, create: { key: UID_DOMAIN_KEY, value: "localhost" }, update: { value: "localhost" } });
    forgetUidDomain();
  });

  it("is fixed at first start from APP_URL's host; moving APP_URL later keeps every UID", async () => {
    await db.appSetting.deleteMany({ where: { key: UID_DOMAIN_KEY } });
    forgetUidDomain();
    process.env.APP_URL = "https://tagung.alt.example";
    expect(await loadUidDomain(db)).toBe("tagung.alt.example");
    expect(await db.appSetting.findUnique({ where: { key: UID_DOMAIN_KEY } })).toMatchObject({ value: "tagung.alt.example" });

    // The app moves; the process restarts.
    process.env.APP_URL = "https://tagung.neu.example";
    forgetUidDomain();
    const s = await scenario();
    const ada = await register(s.conference.slug, "Ada", [s.sessions[0].id]);
    const parts = await partsFor(ada.id);
    expect(parts.map((p) => p.uids[0])).toEqual([`conference-${s.conference.id}@tagung.alt.example`, `session-${s.sessions[0].id}@tagung.alt.example`]);
    const feed = await (await agenda(req(), { params: Promise.resolve({ token: ada.token }) })).text();
    expect(feed).toContain(`UID:session-${s.sessions[0].id}@tagung.alt.example`);
    expect(feed).not.toContain("neu.example\r\n");
    expect(await (await sessionIcs(req(), { params: Promise.resolve({ id: s.sessions[0].id }) })).text()).toContain(`@tagung.alt.example`);
  });
});
