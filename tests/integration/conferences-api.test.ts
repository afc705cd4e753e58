import { describe, expect, it } from "vitest";
import { GET as getConference } from "@/app/api/conferences/[slug]/route";
import { GET as listConferences } from "@/app/api/conferences/route";
import { createConference, createSession } from "../helpers/fixtures";

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

describe("GET /api/conferences", () => {
  it("lists published and archived conferences, never drafts", async () => {
    const published = await createConference();
    const draft = await createConference({ status: "draft" });
    const body = await (await listConferences()).json();
    const slugs = body.conferences.map((c: { slug: string }) => c.slug);
    expect(slugs).toContain(published.conference.slug);
    expect(slugs).not.toContain(draft.conference.slug);
  });
});
