/**
 * CalDAV round trip against a real server: Radicale (Debian's `radicale`; .ci/run installs it).
 * Every calendar object Tagung emits is stored as a client stores it — an emailed invite without
 * its METHOD, a feed split into one object per event — and the server must accept it; an update
 * with the same UID replaces the stored event, a cancel leaves it STATUS:CANCELLED.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as agenda } from "@/app/api/agenda/[token]/calendar.ics/route";
import { GET as conferenceIcs } from "@/app/api/conferences/[slug]/calendar.ics/route";
import { GET as sessionIcs } from "@/app/api/sessions/[id]/calendar.ics/route";
import { db } from "@/lib/db";
import { registerAttendee } from "../helpers/register";
import { updateRegistration } from "@/lib/registrations/update-registration";
import { cancelSession } from "@/lib/sessions/cancel-session";
import { updateSession } from "@/lib/sessions/update-session";
import { createConference, createSession, uniq } from "../helpers/fixtures";
import { outboxRows, renderedCalendarParts } from "../helpers/invites";
import { freePort } from "../helpers/smtp";
import { emailedLinks } from "../helpers/links";

const radicale = spawnSync("sh", ["-c", "command -v radicale"], { encoding: "utf8" }).stdout.trim();
if (!radicale) {
  const message = "the `radicale` command is not installed (Debian: apt-get install -y radicale; .ci/run installs it)";
  // CI sets REQUIRE_RADICALE: there a missing server fails the run instead of skipping quietly.
  if (process.env.REQUIRE_RADICALE) throw new Error(`caldav-radicale: ${message}`);
  console.warn(`caldav-radicale: SKIPPED, ${message}. Set REQUIRE_RADICALE=1 to make its absence a failure.`);
}

describe.skipIf(!radicale)("CalDAV round trip with Radicale", () => {
  let server: ChildProcess;
  let storage: string;
  let base: string;
  const auth = { Authorization: `Basic ${Buffer.from("tagung:tagung").toString("base64")}` };

  beforeAll(async () => {
    process.env.RATE_LIMIT = "off";
    process.env.CALENDAR_UPDATE_DELAY_SECONDS = "0";
    storage = fs.mkdtempSync(path.join(os.tmpdir(), "tagung-radicale-"));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn(radicale, ["--config", "", `--server-hosts=127.0.0.1:${port}`, `--storage-filesystem-folder=${path.join(storage, "collections")}`, "--auth-type=none", "--logging-level=warning"], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    let log = "";
    server.stderr!.on("data", (chunk: Buffer) => (log += chunk.toString()));
    // Ready when it answers; give up after 20 s with what it said.
    const deadline = Date.now() + 20_000;
    for (;;) {
      const up = await fetch(`${base}/`, { headers: auth }).then(
        () => true,
        () => false,
      );
      if (up) break;
      if (Date.now() > deadline || server.exitCode !== null) throw new Error(`radicale did not start: ${log}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });

  afterAll(() => {
    delete process.env.CALENDAR_UPDATE_DELAY_SECONDS;
    server?.kill();
    if (storage) fs.rmSync(storage, { recursive: true, force: true });
  });

  async function newCalendar(): Promise<string> {
    const url = `${base}/tagung/${uniq("cal")}/`;
    const response = await fetch(url, { method: "MKCALENDAR", headers: auth });
    expect(response.status).toBe(201);
    return url;
  }

  /** What a client stores of an emailed invite: the object without METHOD, at the href of its UID. */
  const withoutMethod = (ics: string) => ics.replace(/^METHOD:[^\r\n]*\r\n/m, "");
  const href = (calendar: string, uid: string) => `${calendar}${encodeURIComponent(uid)}.ics`;

  async function put(url: string, ics: string) {
    const response = await fetch(url, { method: "PUT", headers: { ...auth, "Content-Type": "text/calendar; charset=utf-8" }, body: ics });
    return { status: response.status, text: await response.text() };
  }

  async function stored(url: string) {
    const response = await fetch(url, { headers: auth });
    expect(response.status).toBe(200);
    const events = new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(1);
    return events[0];
  }

  async function objectCount(calendar: string): Promise<number> {
    const response = await fetch(calendar, { method: "PROPFIND", headers: { ...auth, Depth: "1", "Content-Type": "application/xml" }, body: '<?xml version="1.0"?><propfind xmlns="DAV:"><prop><getetag/></prop></propfind>' });
    expect(response.status).toBe(207);
    return ((await response.text()).match(/<[^>]*href>[^<]*\.ics<\/[^>]*href>/g) ?? []).length;
  }

  /** A feed as a subscribing client keeps it: one object per event. */
  function splitFeed(ics: string): { uid: string; ics: string }[] {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue("method")).toBeNull();
    return calendar.getAllSubcomponents("vevent").map((vevent) => {
      const one = new ICAL.Component(["vcalendar", [], []]);
      for (const p of calendar.getAllProperties()) one.addProperty(ICAL.Property.fromString(p.toICALString()));
      one.addSubcomponent(vevent);
      return { uid: String(vevent.getFirstPropertyValue("uid")), ics: one.toString().replace(/\r?\n/g, "\r\n") + "\r\n" };
    });
  }

  it("refuses an object with several UIDs, as the old confirmation sent (the rule Tagung now keeps)", async () => {
    const calendar = await newCalendar();
    const event = (uid: string) => `BEGIN:VEVENT\r\nUID:${uid}\r\nDTSTAMP:20270101T000000Z\r\nDTSTART:20270301T090000Z\r\nDTEND:20270301T100000Z\r\nSUMMARY:x\r\nEND:VEVENT\r\n`;
    const two = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:test\r\n${event("a@test")}${event("b@test")}END:VCALENDAR\r\n`;
    expect((await put(`${calendar}two.ics`, two)).status).toBe(400);
  });

  it("accepts every emailed invite; an update replaces the event (one object, higher SEQUENCE, new times); a cancel leaves it STATUS:CANCELLED", async () => {
    const { conference, host } = await createConference();
    const owner = await db.user.create({ data: { email: `${uniq("u")}@example.org`, memberships: { create: { hostId: host.id, role: "owner" } } } });
    const [s1, s2, s3] = [
      await createSession(conference, host.id, { title: 'Werkstatt "Zukunft" – Übergänge', offsetMinutes: 60 }),
      await createSession(conference, host.id, { title: "Forum", offsetMinutes: 180 }),
      await createSession(conference, host.id, { title: "Abschluss", offsetMinutes: 300 }),
    ];
    const result = await registerAttendee({ conferenceSlug: conference.slug, input: { name: 'Ada "Countess" Lovelace', email: `${uniq("ada")}@example.org`, consent: true, sessionIds: [s1.id, s2.id, s3.id] } });
    const registrationId = result.registration.id;
    const calendar = await newCalendar();
    const seen = new Set<string>();
    const storeNew = async () => {
      for (const row of await outboxRows({ registrationId })) {
        if (seen.has(row.id)) continue;
        seen.add(row.id);
        for (const part of await renderedCalendarParts(row)) {
          const response = await put(href(calendar, part.uids[0]), withoutMethod(part.ics));
          expect([201, 204], `${row.kind} ${part.method} ${part.uids[0]}: ${response.text}`).toContain(response.status);
        }
      }
    };

    await storeNew();
    expect(await objectCount(calendar)).toBe(4); // the conference and three sessions
    const first = await stored(href(calendar, `session-${s1.id}@localhost`));
    expect(first.summary).toBe('Werkstatt "Zukunft" – Übergänge');
    expect(first.component.getFirstProperty("attendee")!.getParameter("cn")).toBe("Ada “Countess” Lovelace");

    const startsAt = new Date(s1.startsAt.getTime() + 30 * 60_000);
    const endsAt = new Date(s1.endsAt.getTime() + 30 * 60_000);
    await updateSession({ sessionId: s1.id, actor: { userId: owner.id }, changes: { startsAt, endsAt } });
    await storeNew();
    const moved = await stored(href(calendar, `session-${s1.id}@localhost`));
    expect(moved.uid).toBe(first.uid);
    expect(moved.sequence).toBeGreaterThan(first.sequence);
    const toSecond = (d: Date) => new Date(Math.floor(d.getTime() / 1000) * 1000);
    expect(moved.startDate.toJSDate()).toEqual(toSecond(startsAt));
    expect(moved.endDate.toJSDate()).toEqual(toSecond(endsAt));
    expect(await objectCount(calendar)).toBe(4);

    // Dropped by the attendee, cancelled by the organiser: both stay as STATUS:CANCELLED, higher SEQUENCE.
    await updateRegistration({ registrationId, input: { sessionIds: [s1.id, s3.id] }, actor: "attendee" });
    await cancelSession({ sessionId: s1.id, actor: { userId: owner.id } });
    await storeNew();
    const dropped = await stored(href(calendar, `session-${s2.id}@localhost`));
    expect(dropped.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(dropped.sequence).toBe(1);
    const cancelled = await stored(href(calendar, `session-${s1.id}@localhost`));
    expect(cancelled.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(cancelled.sequence).toBeGreaterThan(moved.sequence);
    expect(await objectCount(calendar)).toBe(4);

    // Subscriptions and downloads: every event of every feed is accepted as an object of its own.
    const req = () => new Request("http://test/x.ics");
    const feeds = [
      await agenda(req(), { params: Promise.resolve({ token: (await emailedLinks(result.registration.id)).feed }) }),
      await conferenceIcs(req(), { params: Promise.resolve({ slug: conference.slug }) }),
      await sessionIcs(req(), { params: Promise.resolve({ id: s1.id }) }),
      await sessionIcs(req(), { params: Promise.resolve({ id: s3.id }) }),
    ];
    for (const feed of feeds) {
      expect(feed.status).toBe(200);
      const subscription = await newCalendar();
      const objects = splitFeed(await feed.text());
      expect(objects.length).toBeGreaterThan(0);
      for (const object of objects) {
        const response = await put(href(subscription, object.uid), object.ics);
        expect([201, 204], response.text).toContain(response.status);
      }
      expect(await objectCount(subscription)).toBe(objects.length);
    }
  });
});
