import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as agenda } from "@/app/api/agenda/[token]/calendar.ics/route";
import { GET as conferenceIcs } from "@/app/api/conferences/[slug]/calendar.ics/route";
import { GET as sessionIcs } from "@/app/api/sessions/[id]/calendar.ics/route";
import { db } from "@/lib/db";
import { registerAttendee } from "@/lib/registrations/register-attendee";
import { updateRegistration } from "@/lib/registrations/update-registration";
import { createConference, createSession, uniq } from "../helpers/fixtures";

beforeAll(() => {
  process.env.RATE_LIMIT = "off";
});

const req = (headers: Record<string, string> = {}) => new Request("http://test/x.ics", { headers });
function events(text: string) {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

describe("calendar feeds", () => {
  it("serves one scheduled session as text/calendar with a filename and validators, 304 when unchanged", async () => {
    const { conference, host, rooms } = await createConference();
    const s = await createSession(conference, host.id, { title: "Werkstatt; mit Komma, und Ümlaut", roomId: rooms[0].id });
    const response = await sessionIcs(req(), { params: Promise.resolve({ id: s.id }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="session-${s.id}.ics"`);
    expect(response.headers.get("last-modified")).toBeTruthy();
    const text = await response.text();
    expect(text).toContain("METHOD:PUBLISH");
    const [event] = events(text);
    expect(event.summary).toBe("Werkstatt; mit Komma, und Ümlaut");
    expect(event.uid).toBe(`session-${s.id}@localhost`);
    expect(event.location).toBe("Saal, Haus der Tests, Teststraße 1, 04109 Leipzig");
    const again = await sessionIcs(req({ "if-none-match": response.headers.get("etag")! }), { params: Promise.resolve({ id: s.id }) });
    expect(again.status).toBe(304);
  });

  it("answers 404 for unknown, draft and cancelled sessions and draft conferences", async () => {
    const { conference, host } = await createConference();
    const draft = await createSession(conference, host.id, { status: "draft" });
    const draftConf = await createConference({ status: "draft" });
    const hidden = await createSession(draftConf.conference, draftConf.host.id);
    for (const id of ["nope", draft.id, hidden.id]) {
      expect((await sessionIcs(req(), { params: Promise.resolve({ id }) })).status).toBe(404);
    }
    expect((await conferenceIcs(req(), { params: Promise.resolve({ slug: draftConf.conference.slug }) })).status).toBe(404);
    expect((await agenda(req(), { params: Promise.resolve({ token: "A".repeat(43) }) })).status).toBe(404);
    expect((await agenda(req(), { params: Promise.resolve({ token: "../x" }) })).status).toBe(404);
  });

  it("lists a conference's scheduled sessions and marks cancelled ones", async () => {
    const { conference, host } = await createConference();
    await createSession(conference, host.id, { title: "Eins", offsetMinutes: 60 });
    await createSession(conference, host.id, { title: "Zwei", offsetMinutes: 120, status: "cancelled" });
    await createSession(conference, host.id, { title: "Entwurf", status: "draft" });
    const text = await (await conferenceIcs(req(), { params: Promise.resolve({ slug: conference.slug }) })).text();
    const list = events(text);
    expect(list.map((e) => e.summary)).toEqual(["Eins", "Zwei"]);
    expect(list[1].component.getFirstPropertyValue("status")).toBe("CANCELLED");

    // Served from memory while unchanged; rebuilt as soon as a session changes.
    const cached = await conferenceIcs(req(), { params: Promise.resolve({ slug: conference.slug }) });
    expect(await cached.text()).toBe(text);
    await db.session.updateMany({ where: { conferenceId: conference.id, title: "Eins" }, data: { title: "Eins (verlegt)", revision: { increment: 1 } } });
    const changed = await (await conferenceIcs(req(), { params: Promise.resolve({ slug: conference.slug }) })).text();
    expect(events(changed).map((e) => e.summary)).toEqual(["Eins (verlegt)", "Zwei"]);
  });

  it("a personal agenda follows changes: SEQUENCE follows the revision, dropped and cancelled sessions are CANCELLED", async () => {
    const { conference, host } = await createConference();
    const keep = await createSession(conference, host.id, { title: "Bleibt", offsetMinutes: 60 });
    const drop = await createSession(conference, host.id, { title: "Abgewählt", offsetMinutes: 180 });
    const result = await registerAttendee({ conferenceSlug: conference.slug, input: { name: "Ada", email: `${uniq("a")}@example.org`, consent: true, sessionIds: [keep.id, drop.id] } });
    const token = result.manageToken!;
    const first = await agenda(req(), { params: Promise.resolve({ token }) });
    expect(first.headers.get("cache-control")).toBe("private, max-age=300");
    const before = events(await first.text());
    expect(before.map((e) => e.summary)).toEqual([conference.title, "Bleibt", "Abgewählt"]);
    expect(before[1].component.getFirstProperty("attendee")!.getParameter("partstat")).toBe("ACCEPTED");

    await updateRegistration({ registrationId: result.registration.id, input: { sessionIds: [keep.id] }, actor: "attendee" });
    await db.session.update({ where: { id: keep.id }, data: { startsAt: new Date(keep.startsAt.getTime() + 30 * 60_000), endsAt: new Date(keep.endsAt.getTime() + 30 * 60_000), revision: { increment: 1 } } });
    const second = await agenda(req({ "if-none-match": first.headers.get("etag")! }), { params: Promise.resolve({ token }) });
    expect(second.status).toBe(200);
    const after = events(await second.text());
    const kept = after.find((e) => e.summary === "Bleibt")!;
    expect(kept.sequence).toBe(1);
    expect(kept.uid).toBe(before[1].uid);
    expect(kept.startDate.toJSDate().getTime()).toBe(Math.floor((keep.startsAt.getTime() + 30 * 60_000) / 1000) * 1000);
    expect(after.find((e) => e.summary === "Abgewählt")!.component.getFirstPropertyValue("status")).toBe("CANCELLED");
  });
});
