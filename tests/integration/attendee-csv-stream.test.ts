/**
 * The streamed attendee export (lib/attendees/attendee-csv.ts, attendeeCsvStream): page by page,
 * the same bytes as the whole list turned into CSV at once, across page boundaries, filters and a
 * partner host's narrower view.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { attendeeCsv, attendeeCsvStream } from "@/lib/attendees/attendee-csv";
import { toCsv } from "@/lib/attendees/csv";
import { listAttendees } from "@/lib/attendees/list-attendees";
import { db } from "@/lib/db";
import { registerAttendee } from "../helpers/register";
import { createConference, createHost, createSession, uniq } from "../helpers/fixtures";

beforeAll(() => {
  process.env.RATE_LIMIT = "off";
});

async function setup() {
  const { conference, host } = await createConference({ capacity: 5 });
  const partner = await createHost();
  await db.conferenceHost.create({ data: { conferenceId: conference.id, hostId: partner.id, role: "partner", position: 1 } });
  const own = await createSession(conference, host.id, { title: "Forum" });
  const theirs = await createSession(conference, partner.id, { title: "Werkstatt", offsetMinutes: 180 });
  // Seven attendees: five confirmed, two on the waiting list; every third in the partner's session.
  for (let i = 0; i < 7; i++) {
    await registerAttendee({ conferenceSlug: conference.slug, input: { name: `Person ${i}`, email: `${uniq("p")}@example.org`, consent: true, sessionIds: i % 3 === 0 ? [own.id, theirs.id] : [own.id] } });
  }
  const person = (hostId: string) => db.user.create({ data: { email: `${uniq("u")}@example.org`, memberships: { create: { hostId, role: "owner" } } } });
  return { conference, owner: await person(host.id), partnerMember: await person(partner.id) };
}

async function streamed(options: Parameters<typeof attendeeCsvStream>[0], technical = false) {
  const { stream } = await attendeeCsvStream(options, "de", { technical });
  // Decoded keeping the byte order mark (Response.text() drops it).
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

describe("streamed attendee CSV", () => {
  it.each([1, 2, 3, 1000])("pages of %i give the same CSV as the whole list", async (pageSize) => {
    const { conference, owner } = await setup();
    const actor = { userId: owner.id };
    const whole = toCsv(...Object.values(await attendeeCsv(await listAttendees({ conferenceId: conference.id, actor }), "de")) as [string[], unknown[][]]);
    expect(await streamed({ conferenceId: conference.id, actor, pageSize })).toBe(whole);
    expect(whole.split("\r\n").length).toBe(1 + 7 + 1);
  });

  it("applies filters and the partner host's view like the list", async () => {
    const { conference, owner, partnerMember } = await setup();
    for (const [actor, filter] of [
      [{ userId: owner.id }, { status: "waitlisted" as const }],
      [{ userId: owner.id }, { q: "Person 3" }],
      [{ userId: partnerMember.id }, {}],
    ] as const) {
      const list = await listAttendees({ conferenceId: conference.id, actor, filter });
      const { header, rows } = await attendeeCsv(list, "de", { technical: true });
      expect(await streamed({ conferenceId: conference.id, actor, filter, pageSize: 2 }, true)).toBe(toCsv(header, rows));
    }
    const partnerRows = (await streamed({ conferenceId: conference.id, actor: { userId: partnerMember.id }, pageSize: 2 })).trim().split("\r\n").length - 1;
    expect(partnerRows).toBe(3);
  });

  it("refuses a stranger before streaming anything", async () => {
    const { conference } = await setup();
    const stranger = await db.user.create({ data: { email: `${uniq("s")}@example.org` } });
    await expect(attendeeCsvStream({ conferenceId: conference.id, actor: { userId: stranger.id } }, "de")).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("the organiser's attendee list in pages", () => {
  it("pages through every matching registration in order, with the total", async () => {
    const { conference, owner } = await setup();
    const actor = { userId: owner.id };
    const all = (await listAttendees({ conferenceId: conference.id, actor, pageSize: 100 })).registrations.map((r) => r.id);
    const pages = [];
    for (let page = 1; page <= 4; page++) pages.push(await listAttendees({ conferenceId: conference.id, actor, page, pageSize: 3 }));
    expect(pages.map((p) => p.registrations.length)).toEqual([3, 3, 1, 0]);
    expect(pages.flatMap((p) => p.registrations.map((r) => r.id))).toEqual(all);
    expect(pages[0].page).toEqual({ number: 1, size: 3, total: 7, count: 3 });
    const waiting = await listAttendees({ conferenceId: conference.id, actor, filter: { status: "waitlisted" }, pageSize: 1 });
    expect(waiting.page).toMatchObject({ total: 2, count: 2 });
  });
});
