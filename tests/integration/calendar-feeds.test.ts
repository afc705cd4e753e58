import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as agenda } from "@/app/api/agenda/[token]/calendar.ics/route";
import { GET as conferenceIcs } from "@/app/api/conferences/[slug]/calendar.ics/route";
import { GET as sessionIcs } from "@/app/api/sessions/[id]/calendar.ics/route";
import { agendaFeed, conferenceFeed, sessionFeed } from "@/lib/calendar/queries";
import { db } from "@/lib/db";
import { cancelRegistration } from "@/lib/registrations/cancel-registration";
import { registerAttendee } from "../helpers/register";
import { newManageToken } from "@/lib/registrations/token";
import { updateRegistration } from "@/lib/registrations/update-registration";
import { cancelSession } from "@/lib/sessions/cancel-session";
import { createConference, createSession, uniq } from "../helpers/fixtures";
import { emailedLinks } from "../helpers/links";

beforeAll(() => {
  process.env.RATE_LIMIT = "off";
});

const req = (headers: Record<string, string> = {}) => new Request("http://test/x.ics", { headers });
const sessionGet = (id: string, headers: Record<string, string> = {}) => sessionIcs(req(headers), { params: Promise.resolve({ id }) });
const conferenceGet = (slug: string, headers: Record<string, string> = {}) => conferenceIcs(req(headers), { params: Promise.resolve({ slug }) });
const agendaGet = (token: string, headers: Record<string, string> = {}) => agenda(req(headers), { params: Promise.resolve({ token }) });

/**
 * Parses with ical.js and checks the rules every feed must keep: line lengths and endings, and no
 * METHOD and no ATTENDEE (a subscription is no iTIP message; libical refuses PUBLISH with ATTENDEE).
 */
function events(text: string) {
  expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  for (const line of text.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.getFirstPropertyValue("method")).toBeNull();
  const list = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  for (const e of list) expect(e.component.getAllProperties("attendee")).toEqual([]);
  return list;
}
const seconds = (ms: number) => Math.floor(ms / 1000) * 1000;
const status = (e: ICAL.Event) => e.component.getFirstPropertyValue("status");

async function register(conferenceSlug: string, sessionIds: string[], extra: Record<string, unknown> = {}) {
  const result = await registerAttendee({ conferenceSlug, input: { name: "Ada Lovelace", email: `${uniq("a")}@example.org`, consent: true, sessionIds, ...extra } });
  // The subscription address carries the feed token (not the manage token); it is in the confirmation email.
  const token = (await emailedLinks(result.registration.id)).feed;
  return { ...result, token };
}

async function organiser(hostId: string) {
  return db.user.create({ data: { email: `${uniq("u")}@example.org`, memberships: { create: { hostId, role: "owner" } } } });
}

describe("GET /api/sessions/{id}/calendar.ics", () => {
  it("serves one scheduled session as text/calendar with a filename and validators, 304 when unchanged", async () => {
    const { conference, host, rooms } = await createConference();
    const created = await createSession(conference, host.id, { title: "Werkstatt; mit Komma, und Ümlaut", roomId: rooms[0].id });
    // Last changed well before this request, so DTSTAMP = now would show.
    await db.conference.update({ where: { id: conference.id }, data: { updatedAt: new Date("2026-05-01T10:00:00.250Z") } });
    const s = await db.session.update({ where: { id: created.id }, data: { updatedAt: new Date("2026-05-02T10:00:00.250Z") } });
    const response = await sessionGet(s.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="session-${s.id}.ics"`);
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    expect(response.headers.get("last-modified")).toBe("Sat, 02 May 2026 10:00:00 GMT");
    const etag = response.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const text = await response.text();
    const [event] = events(text);
    expect(event.summary).toBe("Werkstatt; mit Komma, und Ümlaut");
    expect(event.uid).toBe(`session-${s.id}@localhost`);
    expect(event.sequence).toBe(0);
    expect(event.location).toBe("Saal, Haus der Tests, Teststraße 1, 04109 Leipzig");
    expect(event.startDate.toJSDate().getTime()).toBe(seconds(s.startsAt.getTime())); // iCalendar has whole seconds
    expect(event.component.getFirstPropertyValue("url")).toBe(`http://localhost:3000/conferences/${conference.slug}/sessions/${s.id}`);
    expect(event.organizer.toLowerCase()).toBe(`mailto:${host.contactEmail}`);

    // DTSTAMP is the last change, not the request time: unchanged data gives the same bytes, and
    // a poll with the ETag costs a 304 with no body.
    expect((event.component.getFirstPropertyValue("dtstamp") as ICAL.Time).toJSDate().toUTCString()).toBe(response.headers.get("last-modified"));
    const again = await sessionGet(s.id);
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe(text);
    const notModified = await sessionGet(s.id, { "if-none-match": `"other", ${etag}` });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe("");
    expect(notModified.headers.get("etag")).toBe(etag);
  });

  it("serves sessions of archived conferences too", async () => {
    const { conference, host } = await createConference({ status: "archived" });
    const s = await createSession(conference, host.id);
    expect((await sessionGet(s.id)).status).toBe(200);
  });

  it("a cancelled session answers its event as STATUS:CANCELLED with the raised SEQUENCE, so downloading it again removes it", async () => {
    const { conference, host } = await createConference();
    const s = await createSession(conference, host.id, { title: "Fällt aus" });
    const [before] = events(await (await sessionGet(s.id)).text());
    await cancelSession({ sessionId: s.id, actor: { userId: (await organiser(host.id)).id } });
    const response = await sessionGet(s.id);
    expect(response.status).toBe(200);
    const [after] = events(await response.text());
    expect(after.uid).toBe(before.uid);
    expect(after.sequence).toBe(before.sequence + 1);
    expect(status(before)).toBe("CONFIRMED");
    expect(status(after)).toBe("CANCELLED");
  });

  it("answers 404 (JSON, never 500) for unknown and draft sessions, draft conferences and odd ids", async () => {
    const { conference, host } = await createConference();
    const draft = await createSession(conference, host.id, { status: "draft" });
    const draftConf = await createConference({ status: "draft" });
    const hidden = await createSession(draftConf.conference, draftConf.host.id);
    for (const id of ["nope", draft.id, hidden.id, "x".repeat(5000), "'; DROP TABLE Session; --", "%00", "../../etc/passwd"]) {
      const response = await sessionGet(id);
      expect(response.status, id).toBe(404);
      expect(await response.json()).toMatchObject({ error: "not_found" });
    }
    expect(await sessionFeed(hidden.id)).toBeNull();
  });
});

describe("GET /api/conferences/{slug}/calendar.ics", () => {
  it("lists scheduled sessions in time order, cancelled ones as STATUS:CANCELLED, never drafts", async () => {
    const { conference, host } = await createConference();
    await createSession(conference, host.id, { title: "Zwei", offsetMinutes: 120 });
    await createSession(conference, host.id, { title: "Eins", offsetMinutes: 60 });
    await createSession(conference, host.id, { title: "Abgesagt", offsetMinutes: 180, status: "cancelled" });
    await createSession(conference, host.id, { title: "Entwurf", status: "draft" });
    const response = await conferenceGet(conference.slug);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${conference.slug}.ics"`);
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    const text = await response.text();
    expect(text).toContain("X-WR-CALNAME:Testkonferenz\r\n");
    const list = events(text);
    expect(list.map((e) => e.summary)).toEqual(["Eins", "Zwei", "Abgesagt"]);
    expect(list.map(status)).toEqual(["CONFIRMED", "CONFIRMED", "CANCELLED"]);
    expect(new Set(list.map((e) => e.uid)).size).toBe(3);
  });

  it("is served from memory while unchanged and rebuilt, with a new ETag and SEQUENCE, after a change", async () => {
    const { conference, host } = await createConference();
    const s = await createSession(conference, host.id, { title: "Eins" });
    const first = await conferenceGet(conference.slug);
    const etag = first.headers.get("etag")!;
    const text = await first.text();
    expect(await (await conferenceGet(conference.slug)).text()).toBe(text);
    expect((await conferenceGet(conference.slug, { "if-none-match": etag })).status).toBe(304);

    await db.session.update({ where: { id: s.id }, data: { title: "Eins (verlegt)", revision: { increment: 1 } } });
    const changed = await conferenceGet(conference.slug, { "if-none-match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    const [event] = events(await changed.text());
    expect(event.summary).toBe("Eins (verlegt)");
    expect(event.sequence).toBe(1);
    expect(event.uid).toBe(`session-${s.id}@localhost`);
  });

  it("answers 404 for unknown slugs and draft conferences", async () => {
    const draft = await createConference({ status: "draft" });
    await createSession(draft.conference, draft.host.id);
    for (const slug of [uniq("missing"), draft.conference.slug, "a".repeat(3000)]) {
      expect((await conferenceGet(slug)).status).toBe(404);
    }
    expect(await conferenceFeed(draft.conference.slug)).toBeNull();
  });
});

describe("GET /api/agenda/{token}/calendar.ics", () => {
  it("the attendee's conference and confirmed sessions, private, without ATTENDEE (a feed is no invitation)", async () => {
    const { conference, host } = await createConference();
    const a = await createSession(conference, host.id, { title: "Vormittag", offsetMinutes: 60 });
    const b = await createSession(conference, host.id, { title: "Nachmittag", offsetMinutes: 300 });
    await createSession(conference, host.id, { title: "Nicht gewählt", offsetMinutes: 400 });
    const { token } = await register(conference.slug, [b.id, a.id]);
    const response = await agendaGet(token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="agenda.ics"');
    expect(response.headers.get("cache-control")).toBe("private, max-age=300");
    const list = events(await response.text());
    expect(list.map((e) => e.summary)).toEqual(["Testkonferenz", "Vormittag", "Nachmittag"]);
    expect(list[0].uid).toBe(`conference-${conference.id}@localhost`);
    for (const e of list) expect(status(e)).toBe("CONFIRMED");
  });

  it("follows changes: SEQUENCE follows the revision, dropped and organiser-cancelled sessions become STATUS:CANCELLED", async () => {
    const { conference, host } = await createConference();
    const keep = await createSession(conference, host.id, { title: "Bleibt", offsetMinutes: 60 });
    const drop = await createSession(conference, host.id, { title: "Abgewählt", offsetMinutes: 180 });
    const axed = await createSession(conference, host.id, { title: "Fällt aus", offsetMinutes: 240 });
    const result = await register(conference.slug, [keep.id, drop.id, axed.id]);
    const first = await agendaGet(result.token);
    const etag = first.headers.get("etag")!;
    const before = events(await first.text());
    expect(before.map((e) => e.summary)).toEqual([conference.title, "Bleibt", "Abgewählt", "Fällt aus"]);
    expect((await agendaGet(result.token, { "if-none-match": etag })).status).toBe(304);

    await updateRegistration({ registrationId: result.registration.id, input: { sessionIds: [keep.id, axed.id] }, actor: "attendee" });
    await db.session.update({ where: { id: keep.id }, data: { startsAt: new Date(keep.startsAt.getTime() + 30 * 60_000), endsAt: new Date(keep.endsAt.getTime() + 30 * 60_000), revision: { increment: 1 } } });
    await cancelSession({ sessionId: axed.id, actor: { userId: (await organiser(host.id)).id } });

    const second = await agendaGet(result.token, { "if-none-match": etag });
    expect(second.status).toBe(200);
    const after = events(await second.text());
    const byTitle = Object.fromEntries(after.map((e) => [e.summary, e]));
    expect(Object.keys(byTitle)).toHaveLength(4);
    expect(byTitle["Bleibt"].uid).toBe(before[1].uid);
    expect(byTitle["Bleibt"].sequence).toBe(1);
    expect(status(byTitle["Bleibt"])).toBe("CONFIRMED");
    expect(byTitle["Bleibt"].startDate.toJSDate().getTime()).toBe(seconds(keep.startsAt.getTime() + 30 * 60_000));
    expect(status(byTitle["Abgewählt"])).toBe("CANCELLED");
    expect(byTitle["Abgewählt"].uid).toBe(before[2].uid);
    // Dropping emailed a CANCEL above the session's revision 0; the feed never says less.
    expect(byTitle["Abgewählt"].sequence).toBe(1);
    expect(status(byTitle["Fällt aus"])).toBe("CANCELLED");
    expect(byTitle["Fällt aus"].uid).toBe(before[3].uid);
    expect(byTitle["Fällt aus"].sequence).toBe(1);
  });

  it("leaves out waiting-list places and links session pages in the attendee's language", async () => {
    const { conference, host } = await createConference();
    const full = await createSession(conference, host.id, { title: "Voll", capacity: 1, offsetMinutes: 60 });
    const open = await createSession(conference, host.id, { title: "Frei", offsetMinutes: 120 });
    await register(conference.slug, [full.id]);
    const second = await register(conference.slug, [full.id, open.id], { locale: "en" });
    expect(second.sessions.find((s) => s.id === full.id)?.status).toBe("waitlisted");
    const list = events(await (await agendaGet(second.token)).text());
    expect(list.map((e) => e.summary)).toEqual([conference.title, "Frei"]);
    expect(list[1].component.getFirstPropertyValue("url")).toBe(`http://localhost:3000/en/conferences/${conference.slug}/sessions/${open.id}`);
  });

  it("a cancelled registration turns every event into STATUS:CANCELLED, so subscribers drop them", async () => {
    const { conference, host } = await createConference();
    const s = await createSession(conference, host.id, { title: "Eins" });
    const result = await register(conference.slug, [s.id]);
    await cancelRegistration({ registrationId: result.registration.id, actor: "attendee" });
    const list = events(await (await agendaGet(result.token)).text());
    expect(list.map((e) => e.summary)).toEqual([conference.title, "Eins"]);
    expect(list.map(status)).toEqual(["CANCELLED", "CANCELLED"]);
  });

  it("answers 404 for unknown and malformed tokens, never 500", async () => {
    for (const token of [newManageToken(), "A".repeat(43), "../x", "", "x".repeat(5000), "%E0%A4%A"]) {
      const response = await agendaGet(token);
      expect(response.status, token).toBe(404);
      expect(await response.json()).toMatchObject({ error: "not_found" });
    }
    expect(await agendaFeed(newManageToken())).toBeNull();
  });
});
