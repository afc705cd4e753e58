/**
 * schedule.json and schedule.xml: valid against the c3voc validator's rules (our test schemas in
 * tests/fixtures/schedule, checked with ajv and xmllint), every field the apps need, stable GUIDs,
 * times in the conference's zone, only scheduled sessions, ETag/304.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { GET as getJson } from "@/app/api/conferences/[slug]/schedule.json/route";
import { GET as getXml } from "@/app/api/conferences/[slug]/schedule.xml/route";
import { db } from "@/lib/db";
import { sessionGuid } from "@/lib/schedule/guid";
import { scheduleDocument } from "@/lib/schedule/schema";
import { createConference, createSession, uniq } from "../helpers/fixtures";

const FIXTURES = path.resolve("tests/fixtures/schedule");
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateJson = ajv.compile(JSON.parse(fs.readFileSync(path.join(FIXTURES, "schedule-json.schema.json"), "utf8")));

function xmllint(xml: string): { ok: boolean; output: string } {
  const file = path.join(os.tmpdir(), `${uniq("schedule")}.xml`);
  fs.writeFileSync(file, xml);
  try {
    const run = spawnSync("xmllint", ["--noout", "--schema", path.join(FIXTURES, "schedule-xml.xsd"), file], { encoding: "utf8" });
    return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
  } finally {
    fs.rmSync(file, { force: true });
  }
}

type Handler = (request: Request, context: { params: Promise<{ slug: string }> }) => Promise<Response>;
const call = (handler: Handler, slug: string, headers: HeadersInit = {}) =>
  handler(new Request(`http://test/api/conferences/${slug}/schedule`, { headers }), { params: Promise.resolve({ slug }) });

/** Two days in Berlin across the switch to summer time, rooms, a track, speakers, and sessions of every status. */
async function programme() {
  const { conference, host, rooms } = await createConference({ startsAt: new Date("2027-03-27T08:00:00Z"), endsAt: new Date("2027-03-28T15:00:00Z") });
  const track = await db.track.create({ data: { conferenceId: conference.id, name: "Bildung & Arbeit", color: "#2266aa" } });
  const ada = await db.speaker.create({ data: { conferenceId: conference.id, name: "Dr. Ada Özdemir", bio: "Forscht zu <Übergängen> & Ausbildung." } });
  const ben = await db.speaker.create({ data: { conferenceId: conference.id, name: "Ben Schmidt" } });
  const keynote = await createSession(conference, host.id, { title: "Fachkräfte sichern: Übergänge & Chancen", startsAt: new Date("2027-03-27T09:00:00Z"), minutes: 45, roomId: rooms[0].id });
  await db.session.update({ where: { id: keynote.id }, data: { format: "keynote", trackId: track.id, abstract: "Warum \"Übergänge\" zählen.", speakers: { create: [{ speakerId: ada.id, position: 0 }, { speakerId: ben.id, position: 1 }] } } });
  const workshop = await createSession(conference, host.id, { title: "Werkstatt am Sonntag", startsAt: new Date("2027-03-28T08:30:00Z"), minutes: 90, roomId: rooms[1].id });
  await db.session.update({ where: { id: workshop.id }, data: { format: "workshop", language: "en" } });
  const foyer = await createSession(conference, host.id, { title: "Kaffee im Foyer", startsAt: new Date("2027-03-27T10:00:00Z"), minutes: 30, roomId: null });
  await db.session.update({ where: { id: foyer.id }, data: { format: "break" } });
  const draft = await createSession(conference, host.id, { title: "Entwurf", status: "draft", startsAt: new Date("2027-03-27T12:00:00Z") });
  const cancelled = await createSession(conference, host.id, { title: "Abgesagt", status: "cancelled", startsAt: new Date("2027-03-27T13:00:00Z") });
  return { conference, rooms, keynote, workshop, foyer, draft, cancelled };
}

type Ev = Record<string, unknown> & { guid: string; title: string };

describe("GET /api/conferences/{slug}/schedule.json", () => {
  it("validates against the c3voc rules and carries every field apps read, in the conference's zone", async () => {
    const p = await programme();
    const response = await call(getJson, p.conference.slug);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const body = await response.json();
    const valid = validateJson(body);
    expect(validateJson.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(scheduleDocument.safeParse(body).error).toBeUndefined(); // the zod schema the OpenAPI document uses

    const conf = body.schedule.conference;
    expect(body.schedule.version).toMatch(/^[0-9a-f]{12}$/);
    expect(body.schedule.base_url).toBe("http://localhost:3000/");
    expect(conf).toMatchObject({ acronym: p.conference.slug.replace(/-/g, "_"), title: "Testkonferenz", start: "2027-03-27", end: "2027-03-28", daysCount: 2, time_zone_name: "Europe/Berlin", timeslot_duration: "00:05" });
    expect(conf.rooms.map((r: { name: string }) => r.name)).toEqual(["Saal", "Raum 2", "Haus der Tests"]);
    expect(conf.tracks).toEqual([{ name: "Bildung & Arbeit", color: "#2266aa" }]);
    expect(conf.days.map((d: { index: number; date: string; day_start: string; day_end: string }) => [d.index, d.date, d.day_start, d.day_end])).toEqual([
      [1, "2027-03-27", "2027-03-27T09:00:00+01:00", "2027-03-27T17:00:00+01:00"],
      [2, "2027-03-28", "2027-03-28T09:00:00+02:00", "2027-03-28T17:00:00+02:00"],
    ]);

    const events: Ev[] = conf.days.flatMap((d: { rooms: Record<string, Ev[]> }) => Object.values(d.rooms).flat());
    expect(events.map((e) => e.title).sort()).toEqual(["Fachkräfte sichern: Übergänge & Chancen", "Kaffee im Foyer", "Werkstatt am Sonntag"]);
    const keynote = events.find((e) => e.guid === sessionGuid(p.keynote.id))!;
    expect(keynote).toMatchObject({
      date: "2027-03-27T10:00:00+01:00",
      start: "10:00",
      duration: "00:45",
      room: "Saal",
      track: "Bildung & Arbeit",
      type: "talk",
      language: "de",
      abstract: 'Warum "Übergänge" zählen.',
      url: `http://localhost:3000/conferences/${p.conference.slug}/sessions/${p.keynote.id}`,
      persons: [
        { guid: expect.any(String), name: "Dr. Ada Özdemir", public_name: "Dr. Ada Özdemir", biography: "Forscht zu <Übergängen> & Ausbildung." },
        { guid: expect.any(String), name: "Ben Schmidt", public_name: "Ben Schmidt" },
      ],
      links: [],
      attachments: [],
    });
    expect(keynote.slug).toMatch(/-fachkraefte-sichern-uebergaenge-chancen$/);
    // Summer time on the second day: the offset follows the zone.
    const workshop = events.find((e) => e.guid === sessionGuid(p.workshop.id))!;
    expect(workshop).toMatchObject({ date: "2027-03-28T10:30:00+02:00", start: "10:30", duration: "01:30", room: "Raum 2", type: "workshop", language: "en", track: null });
    expect(conf.days[1].rooms["Raum 2"]).toHaveLength(1);
    // No room: listed under the venue.
    expect(events.find((e) => e.guid === sessionGuid(p.foyer.id))).toMatchObject({ room: "Haus der Tests", type: "other" });
    // Drafts never, cancelled ones omitted (as frab and pretalx do).
    expect(events.map((e) => e.guid)).not.toContain(sessionGuid(p.draft.id));
    expect(events.map((e) => e.guid)).not.toContain(sessionGuid(p.cancelled.id));
    // Ids unique, GUIDs well-formed UUIDv5.
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    for (const e of events) expect(e.guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // The schema check is real: an event without persons, or with a "9:00" start, fails it.
    const broken = structuredClone(body);
    delete broken.schedule.conference.days[0].rooms.Saal[0].persons;
    expect(validateJson(broken)).toBe(false);
    const lateStart = structuredClone(body);
    lateStart.schedule.conference.days[0].rooms.Saal[0].start = "9:00";
    expect(validateJson(lateStart)).toBe(false);
  });

  it("keeps GUIDs stable across edits and exports, and answers 304 to an unchanged If-None-Match", async () => {
    const p = await programme();
    const first = await call(getJson, p.conference.slug);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=300");
    const again = await call(getJson, p.conference.slug, { "If-None-Match": etag });
    expect(again.status).toBe(304);
    const version = (await first.json()).schedule.version;

    await db.session.update({ where: { id: p.keynote.id }, data: { title: "Neuer Titel", startsAt: new Date("2027-03-27T11:00:00Z"), endsAt: new Date("2027-03-27T12:00:00Z") } });
    const changed = await call(getJson, p.conference.slug, { "If-None-Match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    const body = await changed.json();
    expect(body.schedule.version).not.toBe(version);
    const events: Ev[] = body.schedule.conference.days.flatMap((d: { rooms: Record<string, Ev[]> }) => Object.values(d.rooms).flat());
    expect(events.find((e) => e.title === "Neuer Titel")).toMatchObject({ guid: sessionGuid(p.keynote.id), start: "12:00" });
  });

  it("is 404 for drafts and unknown conferences", async () => {
    const { conference } = await createConference({ status: "draft" });
    expect((await call(getJson, conference.slug)).status).toBe(404);
    expect((await call(getXml, conference.slug)).status).toBe(404);
    expect((await call(getJson, uniq("none"))).status).toBe(404);
  });
});

describe("GET /api/conferences/{slug}/schedule.xml", () => {
  it("is valid against the frab schedule XSD (xmllint) with the same events", async () => {
    const p = await programme();
    const response = await call(getXml, p.conference.slug);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    const xml = await response.text();
    const lint = xmllint(xml);
    expect(lint.output).toContain("validates");
    expect(lint.ok).toBe(true);
    expect(xml).toContain(`<event id="`);
    expect(xml).toContain(`guid="${sessionGuid(p.keynote.id)}"`);
    expect(xml).toContain("<title>Fachkräfte sichern: Übergänge &amp; Chancen</title>");
    expect(xml).toContain("<date>2027-03-28T10:30:00+02:00</date>");
    expect(xml).toContain("<start>10:30</start>");
    expect(xml).toContain('<day index="1" date="2027-03-27" start="2027-03-27T09:00:00+01:00" end="2027-03-27T17:00:00+01:00">');
    expect(xml).toMatch(/<person id="\d+">Dr\. Ada Özdemir<\/person>/);
    expect(xml).not.toContain("Entwurf");
    expect(xml).not.toContain("Abgesagt");
    const etag = response.headers.get("etag")!;
    expect((await call(getXml, p.conference.slug, { "If-None-Match": etag })).status).toBe(304);
  });

  it("xmllint refuses a document missing a required element (the check is real)", async () => {
    const p = await programme();
    const xml = (await (await call(getXml, p.conference.slug)).text()).replace(/<abstract>[^<]*<\/abstract>/, "");
    expect(xmllint(xml).ok).toBe(false);
  });
});
