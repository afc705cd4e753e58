import { beforeAll, describe, expect, it } from "vitest";
import { checkInAttendee } from "@/lib/attendees/check-in";
import { attendeeCsv } from "@/lib/attendees/attendee-csv";
import { listAttendees } from "@/lib/attendees/list-attendees";
import { toCsv } from "@/lib/attendees/csv";
import { db } from "@/lib/db";
import { registerAttendee } from "../helpers/register";
import { createConference, createHost, createSession, uniq } from "../helpers/fixtures";

beforeAll(() => {
  process.env.RATE_LIMIT = "off";
});

async function setup() {
  const { conference, host } = await createConference();
  const partner = await createHost();
  await db.conferenceHost.create({ data: { conferenceId: conference.id, hostId: partner.id, role: "partner" } });
  await db.registrationQuestion.create({ data: { conferenceId: conference.id, key: "role", label: "Funktion", type: "short_text", position: 0 } });
  const own = await createSession(conference, host.id, { title: "Organiser-Session", offsetMinutes: 60 });
  const partners = await createSession(conference, partner.id, { title: "Partner-Session", offsetMinutes: 180 });
  const a = await registerAttendee({ conferenceSlug: conference.slug, input: { name: "Anna Örtel", email: `${uniq("a")}@example.org`, consent: true, organisation: "=cmd|' /C calc'!A0", answers: { role: "Schulleitung" }, sessionIds: [own.id] } });
  const b = await registerAttendee({ conferenceSlug: conference.slug, input: { name: "Bernd", email: `${uniq("b")}@example.org`, consent: true, sessionIds: [partners.id] } });
  const owner = await db.user.create({ data: { email: `${uniq("o")}@example.org`, memberships: { create: { hostId: host.id, role: "owner" } } } });
  const partnerEditor = await db.user.create({ data: { email: `${uniq("p")}@example.org`, memberships: { create: { hostId: partner.id, role: "editor" } } } });
  const stranger = await db.user.create({ data: { email: `${uniq("s")}@example.org` } });
  return { conference, own, partners, a, b, owner, partnerEditor, stranger };
}

describe("attendee lists", () => {
  it("organisers see everyone; a partner sees only attendees of its sessions; strangers nothing", async () => {
    const s = await setup();
    const all = await listAttendees({ conferenceId: s.conference.id, actor: { userId: s.owner.id } });
    expect(all.registrations.map((r) => r.name).sort()).toEqual(["Anna Örtel", "Bernd"]);
    expect(all.counts).toMatchObject({ confirmed: 2, waitlisted: 0 });
    const partner = await listAttendees({ conferenceId: s.conference.id, actor: { userId: s.partnerEditor.id } });
    expect(partner.registrations.map((r) => r.name)).toEqual(["Bernd"]);
    await expect(listAttendees({ conferenceId: s.conference.id, actor: { userId: s.stranger.id } })).rejects.toMatchObject({ code: "not_found" });
  });

  it("filters by search, status and session", async () => {
    const s = await setup();
    const bySearch = await listAttendees({ conferenceId: s.conference.id, actor: { userId: s.owner.id }, filter: { q: "anna" } });
    expect(bySearch.registrations.map((r) => r.name)).toEqual(["Anna Örtel"]);
    const bySession = await listAttendees({ conferenceId: s.conference.id, actor: { userId: s.owner.id }, filter: { sessionId: s.partners.id } });
    expect(bySession.registrations.map((r) => r.name)).toEqual(["Bernd"]);
    const waiting = await listAttendees({ conferenceId: s.conference.id, actor: { userId: s.owner.id }, filter: { status: "waitlisted" } });
    expect(waiting.registrations).toEqual([]);
  });

  it("exports answers to custom questions, formula-safe", async () => {
    const s = await setup();
    const list = await listAttendees({ conferenceId: s.conference.id, actor: { userId: s.owner.id }, filter: { q: "anna" } });
    const { header, rows } = await attendeeCsv(list, "de");
    expect(header).toContain("Funktion");
    const csv = toCsv(header, rows);
    expect(csv).toContain('"Schulleitung"');
    expect(csv).toContain(`"'=cmd|' /C calc'!A0"`);
    expect(csv).toContain('"Organiser-Session"');
  });
});

describe("check-in", () => {
  it("marks a confirmed attendee present once, by code; only organisers may", async () => {
    const s = await setup();
    const anna = await db.registration.findUniqueOrThrow({ where: { id: s.a.registration.id } });
    await expect(checkInAttendee({ conferenceId: s.conference.id, code: anna.checkInCode, actor: { userId: s.partnerEditor.id } })).rejects.toMatchObject({ code: "forbidden" });
    await expect(checkInAttendee({ conferenceId: s.conference.id, code: anna.checkInCode, actor: { userId: s.stranger.id } })).rejects.toMatchObject({ code: "not_found" });
    const first = await checkInAttendee({ conferenceId: s.conference.id, code: anna.checkInCode.toLowerCase(), actor: { userId: s.owner.id } });
    expect(first).toMatchObject({ name: "Anna Örtel", already: false, present: 1, confirmed: 2 });
    const again = await checkInAttendee({ conferenceId: s.conference.id, code: anna.checkInCode, actor: { userId: s.owner.id } });
    expect(again).toMatchObject({ already: true, present: 1 });
    await expect(checkInAttendee({ conferenceId: s.conference.id, code: "NOSUCHCODE", actor: { userId: s.owner.id } })).rejects.toMatchObject({ code: "not_found" });
  });
});
