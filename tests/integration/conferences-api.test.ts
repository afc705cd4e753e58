import { describe, expect, it } from "vitest";
import { GET as getConference } from "@/app/api/conferences/[slug]/route";
import { GET as listConferences } from "@/app/api/conferences/route";
import { db } from "@/lib/db";
import { registerAttendee } from "../helpers/register";
import { createConference, createSession, uniq } from "../helpers/fixtures";

const call = (slug: string) => getConference(new Request(`http://test/api/conferences/${slug}`), { params: Promise.resolve({ slug }) });

describe("GET /api/conferences/{slug}", () => {
  it("returns hosts and scheduled sessions with times carrying the conference's offset", async () => {
    const { conference, host, rooms } = await createConference({ startsAt: new Date("2027-03-04T08:00:00Z"), endsAt: new Date("2027-03-05T16:00:00Z") });
    await createSession(conference, host.id, { title: "Winter", startsAt: new Date("2027-03-04T08:30:00Z"), roomId: rooms[0].id, capacity: 10 });
    await createSession(conference, host.id, { title: "Entwurf", status: "draft" });
    await createSession(conference, host.id, { title: "Abgesagt", status: "cancelled" });
    const response = await call(conference.slug);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.startsAt).toBe("2027-03-04T09:00:00+01:00");
    expect(body.hosts).toEqual([expect.objectContaining({ slug: host.slug, role: "organiser" })]);
    expect(body.registrationOpen).toBe(true);
    expect(body.sessions.map((s: { title: string }) => s.title)).toEqual(["Winter"]);
    expect(body.sessions[0]).toMatchObject({
      startsAt: "2027-03-04T09:30:00+01:00",
      endsAt: "2027-03-04T10:30:00+01:00",
      room: { name: "Saal" },
      capacity: 10,
      seatsTaken: 0,
      seatsLeft: 10,
      waitlistLength: 0,
    });
  });

  it("uses summer offsets and other zones", async () => {
    const { conference, host } = await createConference({ startsAt: new Date("2027-07-01T13:00:00Z"), timeZone: "America/New_York" });
    await createSession(conference, host.id, { startsAt: new Date("2027-07-01T14:00:00Z") });
    const body = await (await call(conference.slug)).json();
    expect(body.startsAt).toBe("2027-07-01T09:00:00-04:00");
    expect(body.sessions[0].startsAt).toBe("2027-07-01T10:00:00-04:00");
    expect(body.sessions[0].capacity).toBeNull();
  });

  it("answers 404 JSON for unknown and draft conferences", async () => {
    const { conference } = await createConference({ status: "draft" });
    for (const slug of ["no-such-conference", conference.slug]) {
      const response = await call(slug);
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ error: "not_found" });
    }
  });

  it("says whether registration is open", async () => {
    const { conference } = await createConference({ registrationOpensAt: new Date(Date.now() + 864e5) });
    const body = await (await call(conference.slug)).json();
    expect(body.registrationOpen).toBe(false);
    expect(body.registration.state).toBe("not_yet_open");
  });
});

describe("GET /api/conferences/{slug}: seats and waiting lists", () => {
  it("counts seats taken and the waiting list per session and for the conference", async () => {
    const { conference, host } = await createConference({ capacity: 2 });
    const small = await createSession(conference, host.id, { title: "Klein", capacity: 1 });
    const open = await createSession(conference, host.id, { title: "Offen", offsetMinutes: 120 });
    for (let i = 0; i < 3; i++) {
      await registerAttendee({ conferenceSlug: conference.slug, input: { name: `Person ${i}`, email: `${uniq("p")}@example.org`, consent: true, sessionIds: [small.id, open.id] } });
    }
    const body = await (await call(conference.slug)).json();
    // Two confirmed attendees fill the conference; the third waits for a conference seat, and
    // with it for the sessions chosen.
    expect(body).toMatchObject({ capacity: 2, seatsTaken: 2, seatsLeft: 0, waitlistLength: 1 });
    const bySlug = Object.fromEntries(body.sessions.map((s: { title: string }) => [s.title, s]));
    expect(bySlug.Klein).toMatchObject({ capacity: 1, seatsTaken: 1, seatsLeft: 0, waitlistLength: 2 });
    expect(bySlug.Offen).toMatchObject({ capacity: null, seatsTaken: 2, seatsLeft: null, waitlistLength: 1 });
  });

  it("keeps a cancelled session out of the API and its seat counts", async () => {
    const { conference, host } = await createConference();
    const kept = await createSession(conference, host.id, { title: "Bleibt", capacity: 5 });
    const dropped = await createSession(conference, host.id, { title: "Fällt aus", capacity: 5, offsetMinutes: 180 });
    await registerAttendee({ conferenceSlug: conference.slug, input: { name: "Zoë O'Brien", email: `${uniq("z")}@example.org`, consent: true, sessionIds: [kept.id, dropped.id] } });
    await db.session.update({ where: { id: dropped.id }, data: { status: "cancelled", cancelledAt: new Date() } });
    const body = await (await call(conference.slug)).json();
    expect(body.sessions.map((s: { id: string }) => s.id)).toEqual([kept.id]);
    expect(body.sessions[0]).toMatchObject({ seatsTaken: 1, seatsLeft: 4 });
  });
});

describe("GET /api/conferences", () => {
  it("lists published and archived conferences with their status, never drafts", async () => {
    const published = await createConference();
    const archived = await createConference({ status: "archived", startsAt: new Date("2022-11-08T08:00:00Z"), endsAt: new Date("2022-11-08T15:00:00Z") });
    const draft = await createConference({ status: "draft" });
    const response = await listConferences(new Request("http://localhost/api/conferences"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    const body = await response.json();
    const bySlug = new Map(body.conferences.map((c: { slug: string }) => [c.slug, c]));
    expect(bySlug.get(published.conference.slug)).toMatchObject({ status: "published", registrationOpen: true });
    expect(bySlug.get(archived.conference.slug)).toMatchObject({
      status: "archived",
      registrationOpen: false,
      // 8 November 2022 is winter time in Berlin.
      startsAt: "2022-11-08T09:00:00+01:00",
      endsAt: "2022-11-08T16:00:00+01:00",
    });
    expect(bySlug.has(draft.conference.slug)).toBe(false);
  });

  it("gives each conference its hosts, venue, window and session count, with offsets on every time", async () => {
    const opensAt = new Date("2027-01-10T08:00:00Z");
    const closesAt = new Date("2027-06-30T22:00:00Z");
    const { conference, host } = await createConference({ startsAt: new Date("2027-07-01T07:00:00Z"), registrationOpensAt: opensAt, registrationClosesAt: closesAt });
    await createSession(conference, host.id);
    await createSession(conference, host.id, { status: "draft" });
    await createSession(conference, host.id, { status: "cancelled" });
    const body = await (await listConferences(new Request("http://localhost/api/conferences"))).json();
    const listed = body.conferences.find((c: { slug: string }) => c.slug === conference.slug);
    expect(listed).toMatchObject({
      startsAt: "2027-07-01T09:00:00+02:00",
      timeZone: "Europe/Berlin",
      venue: { name: "Haus der Tests", address: "Teststraße 1, 04109 Leipzig" },
      hosts: [{ slug: host.slug, role: "organiser" }],
      registration: { opensAt: "2027-01-10T09:00:00+01:00", closesAt: "2027-07-01T00:00:00+02:00" },
      sessionCount: 1,
    });
    for (const value of [listed.startsAt, listed.endsAt, listed.registration.opensAt, listed.registration.closesAt]) expect(value).toMatch(/[+-]\d\d:\d\d$/);
  });
});
