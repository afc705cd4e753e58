import ICAL from "ical.js";
import { createEvents } from "ics";
import { afterEach, describe, expect, it } from "vitest";
import { conferenceEvent, conferenceUid, eventFromJson, eventToJson, sessionEvent, sessionUid } from "@/lib/calendar/events";
import { buildCalendar, foldLine, type BuildCalendarOptions } from "@/lib/calendar/ics";
import { googleCalendarUrl, googleSubscribeUrl, outlookCalendarUrl, outlookSubscribeUrl, webcalUrl } from "@/lib/calendar/links";
import type { CalendarEvent } from "@/lib/calendar/types";
import { zonedToUtc, toWallTime, type WallTime } from "@/lib/time/zoned";

const base: CalendarEvent = {
  uid: "session-abc@tagung.example",
  sequence: 0,
  title: "Berufsorientierung",
  start: new Date("2027-03-04T08:30:00Z"),
  end: new Date("2027-03-04T10:00:00Z"),
  timeZone: "Europe/Berlin",
  organizer: { name: "Netzwerkbüro BiSMit", email: "kontakt@bismit.example" },
  attendees: [{ name: "Jörg O'Brien", email: "joerg@example.org", partstat: "ACCEPTED", rsvp: false }],
};

const conference = {
  id: "conf1",
  slug: "bildungskonferenz-2026",
  title: "Bildungskonferenz",
  startsAt: new Date("2026-07-01T07:00:00Z"),
  endsAt: new Date("2026-07-02T15:00:00Z"),
  timeZone: "Europe/Berlin",
  venueName: "Stadthalle",
  venueAddress: "Markt 1, 04109 Leipzig",
};

/**
 * Every file we produce goes through this: the RFC 5545 line rules checked on the raw bytes, then
 * ical.js must parse it, and every event must carry UID, DTSTAMP and UTC (never floating) times.
 */
function build(options: BuildCalendarOptions): string {
  const text = buildCalendar(options);
  expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
  expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
  expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/); // no bare CR or LF anywhere
  for (const line of text.slice(0, -2).split("\r\n")) {
    expect(Buffer.byteLength(line, "utf8"), line).toBeLessThanOrEqual(75);
    expect(line).not.toContain("\uFFFD");
    expect(line.length).toBeGreaterThan(0);
  }
  const { calendar, events } = parse(text);
  expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
  expect(calendar.getFirstPropertyValue("prodid")).toBe("-//Tagung//Tagung Konferenzplattform//DE");
  expect(calendar.getFirstPropertyValue("method")).toBe(options.method ?? null);
  expect(events).toHaveLength(options.events.length);
  for (const e of events) {
    expect(e.uid).toBeTruthy();
    expect(e.component.getFirstPropertyValue("dtstamp")).toBeTruthy();
    expect(e.startDate.zone.tzid).toBe("UTC"); // not floating, not a TZID we would have to define
    expect(e.endDate.zone.tzid).toBe("UTC");
  }
  return text;
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v)) };
}

const unfolded = (text: string) => text.replace(/\r\n /g, "");

describe("the ics package's traps (why lib/calendar/ics.ts post-processes its output)", () => {
  // Canaries: if `ics` fixes one of these, the matching workaround can go.
  it("ics alone folds by characters, quotes enumerated parameters and writes a CN's line break raw", () => {
    const { value } = createEvents([
      {
        title: "Fachkräftesicherung, Übergänge und Weiterbildung: Ein sehr langer Titel mit Ümläuten äöü",
        start: Date.UTC(2026, 6, 1, 8),
        startInputType: "utc",
        duration: { hours: 1 },
        organizer: { name: "A\r\nX-EVIL:1", email: "o@example.org" },
        attendees: [{ name: "B", email: "b@example.org", role: "REQ-PARTICIPANT", partstat: "ACCEPTED" }],
      },
    ]);
    expect(value!.split("\r\n").some((l) => Buffer.byteLength(l) > 75)).toBe(true);
    expect(value).toContain('ROLE="REQ-PARTICIPANT"');
    expect(value).toContain("\r\nX-EVIL:1");
  });

  it("ics alone reads date arrays in the server's zone", () => {
    const previous = process.env.TZ;
    const at = (tz: string) => {
      process.env.TZ = tz;
      return createEvents([{ uid: "u", title: "T", start: [2026, 7, 1, 10, 0], duration: { hours: 1 } }]).value!.match(/DTSTART:(\S+)/)![1];
    };
    try {
      expect(at("UTC")).not.toBe(at("Europe/Berlin"));
    } finally {
      process.env.TZ = previous;
    }
  });
});

describe("iCalendar output (RFC 5545)", () => {
  it("uses CRLF line endings and folds at 75 octets without splitting a UTF-8 character", () => {
    const title = "Fachkräftesicherung, Übergänge und Weiterbildung: Ein sehr langer Titel mit Ümläuten äöüß und Emoji 🎓🎉 für die Praxis";
    const text = build({ method: "PUBLISH", events: [{ ...base, title }] });
    // The unfolded SUMMARY is far longer than 75 octets, so it really was folded.
    expect(Buffer.byteLength(unfolded(text).match(/^SUMMARY:.*$/m)![0])).toBeGreaterThan(120);
    expect(parse(text).events[0].summary).toBe(title);
  });

  it("folds by octets: lines of 2-, 3- and 4-byte characters break only at character boundaries", () => {
    for (const char of ["ä", "€", "🎓"]) {
      for (const prefix of ["SUMMARY:", "SUMMARY:x", "SUMMARY:xy"]) {
        const line = `${prefix}${char.repeat(60)}`;
        const chunks = foldLine(line).split("\r\n");
        expect(chunks.length).toBeGreaterThan(1);
        chunks.forEach((c, i) => {
          expect(Buffer.byteLength(c)).toBeLessThanOrEqual(75);
          if (i > 0) expect(c.startsWith(" ")).toBe(true);
          expect(Buffer.from(c, "utf8").toString("utf8")).toBe(c); // no broken sequence
          expect(c).not.toContain("\uFFFD");
        });
        expect(chunks.map((c, i) => (i ? c.slice(1) : c)).join("")).toBe(line);
      }
    }
    expect(foldLine("SUMMARY:kurz")).toBe("SUMMARY:kurz");
  });

  it("a long German title, description and room with umlauts and emoji survive ical.js byte for byte", () => {
    const title = "Übergänge gestalten – Fachkräftesicherung in der Region Mitteldeutschland: Schule, Ausbildung, Studium & Weiterbildung 🎓🤝🏽👩‍🔧 (Teil 2 – Größere Maßnahmen für Jüngere)";
    const description = "Äußerst wichtige Fragen zur Berufsorientierung.\nZweite Zeile mit „Anführungszeichen“ und ‚einfachen‘ — Gedankenstrich… 😀🇩🇪\n\nDritter Absatz: ß ẞ Ö Ü Ä ö ü ä";
    const location = "Großer Saal (Erdgeschoss), Haus der Bildung, Straße des 17. Juni 112, 10623 Berlin 🏛️";
    const text = build({ method: "PUBLISH", events: [{ ...base, title, description, location }] });
    const [e] = parse(text).events;
    expect(Buffer.from(e.summary, "utf8").equals(Buffer.from(title, "utf8"))).toBe(true);
    expect(Buffer.from(e.description, "utf8").equals(Buffer.from(description, "utf8"))).toBe(true);
    expect(Buffer.from(e.location, "utf8").equals(Buffer.from(location, "utf8"))).toBe(true);
  });

  it("has VERSION, PRODID, METHOD, and DTSTAMP, UID, SEQUENCE, STATUS on every event", () => {
    const stamp = new Date("2026-11-24T12:00:00Z");
    const text = build({ method: "REQUEST", stamp, events: [base, { ...base, uid: "session-def@tagung.example", sequence: 3 }] });
    const { events } = parse(text);
    expect(events.map((e) => e.uid)).toEqual(["session-abc@tagung.example", "session-def@tagung.example"]);
    expect(events.map((e) => e.sequence)).toEqual([0, 3]);
    expect(events.map((e) => e.component.getFirstPropertyValue("status"))).toEqual(["CONFIRMED", "CONFIRMED"]);
    expect(text.match(/^DTSTAMP:20261124T120000Z$/gm)).toHaveLength(2);
  });

  it("with a stamp the same input gives the same bytes; without, DTSTAMP is now", () => {
    const stamp = new Date("2026-11-24T12:00:00Z");
    expect(buildCalendar({ method: "PUBLISH", stamp, events: [base] })).toBe(buildCalendar({ method: "PUBLISH", stamp, events: [base] }));
    const before = Math.floor(Date.now() / 1000) * 1000;
    const dtstamp = parse(build({ method: "REQUEST", events: [base] })).events[0].component.getFirstPropertyValue("dtstamp") as ICAL.Time;
    expect(dtstamp.toJSDate().getTime()).toBeGreaterThanOrEqual(before);
  });

  it("writes enumerated parameters unquoted: ROLE=REQ-PARTICIPANT, PARTSTAT=ACCEPTED, RSVP=FALSE", () => {
    const text = unfolded(build({ method: "REQUEST", events: [base] }));
    const attendee = text.match(/^ATTENDEE[;:].*$/m)![0];
    expect(attendee).toContain(";ROLE=REQ-PARTICIPANT");
    expect(attendee).toContain(";PARTSTAT=ACCEPTED");
    expect(attendee).toContain("RSVP=FALSE");
    expect(text).not.toMatch(/(ROLE|PARTSTAT|RSVP|CUTYPE)="/);
    const parsed = parse(text).events[0].component.getFirstProperty("attendee")!;
    expect(parsed.getParameter("cn")).toBe("Jörg O'Brien");
    expect(parsed.getParameter("role")).toBe("REQ-PARTICIPANT");
    expect(parsed.getFirstValue()).toBe("mailto:joerg@example.org");
    expect(parse(text).events[0].organizer.toLowerCase()).toBe("mailto:kontakt@bismit.example");
  });

  // RFC 6868 (^' for ") is decoded by ical.js only; Python icalendar, vobject, libical and Radicale
  // show ^' literally. A name must read the same to a parser that decodes RFC 6868 and to one that
  // takes the quoted value as it is.
  it.each([
    ['Dr. "Joe" O\'Brien; Müller, Hans: EMMD', "Dr. “Joe” O'Brien; Müller, Hans: EMMD"],
    ['Verein "Bildung', "Verein ”Bildung"],
    ["Caret ^n and ^^ and ^' stay visible, a lone ^ too", "Caret ˆn and ˆ^ and ˆ' stay visible, a lone ^ too"],
  ])("writes the name %j so that every parser shows %j", (name, shown) => {
    const text = build({ method: "REQUEST", events: [{ ...base, organizer: { name, email: "o@example.org" }, attendees: [{ name, email: "a@example.org" }] }] });
    const raw = [...unfolded(text).matchAll(/;CN="([^"]*)"/g)].map((m) => m[1]);
    expect(raw).toEqual([shown, shown]); // what a parser without RFC 6868 shows
    const [e] = parse(text).events;
    expect(e.component.getFirstProperty("organizer")!.getParameter("cn")).toBe(shown); // and ical.js, which decodes it
    expect(e.component.getFirstProperty("attendee")!.getParameter("cn")).toBe(shown);
  });

  it("a feed or download (no method) has no METHOD line, where ics alone writes METHOD:PUBLISH", () => {
    const text = build({ name: "Programm", events: [{ ...base, attendees: undefined }] });
    expect(text).not.toMatch(/^METHOD:/m);
    expect(createEvents([{ title: "x", start: Date.UTC(2027, 0, 1), duration: { hours: 1 } }]).value).toContain("METHOD:PUBLISH");
  });

  it("escapes TEXT: backslash, semicolon, comma and newlines survive a round trip", () => {
    const tricky = "A\\B; C, D\nE\\nF";
    const text = build({ method: "PUBLISH", events: [{ ...base, title: tricky, description: tricky, location: tricky }] });
    expect(unfolded(text)).toContain("SUMMARY:A\\\\B\\; C\\, D\\nE\\\\nF");
    const [e] = parse(text).events;
    expect(e.summary).toBe(tricky);
    expect(e.description).toBe(tricky);
    expect(e.location).toBe(tricky);
  });

  it("escapes the calendar name and categories, which ics leaves raw", () => {
    const name = "Bildung, Arbeit; Region \\ 2026";
    const text = build({ method: "PUBLISH", name, events: [{ ...base, categories: [name, "Zweite"] }] });
    const { calendar, events } = parse(text);
    // ical.js does not know X-WR-CALNAME (an Apple extension, TEXT by convention): decode it as TEXT.
    const raw = calendar.getFirstPropertyValue("x-wr-calname") as string;
    expect(raw).toBe("Bildung\\, Arbeit\\; Region \\\\ 2026");
    expect(ICAL.design.icalendar.value.text.fromICAL!(raw)).toBe(name);
    expect(events[0].component.getFirstProperty("categories")!.getValues()).toEqual([name, "Zweite"]);
  });

  it("METHOD:CANCEL always says STATUS:CANCELLED", () => {
    const text = build({ method: "CANCEL", events: [{ ...base, status: "CONFIRMED", sequence: 2 }] });
    const [e] = parse(text).events;
    expect(e.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(e.sequence).toBe(2);
  });

  it("builds an empty but valid feed", () => {
    const text = build({ method: "PUBLISH", name: "Leer", events: [] });
    expect(text).not.toContain("BEGIN:VEVENT");
  });
});

describe("injection", () => {
  const hostile = [
    ["CR", "Titel\rX-INJECTED:1"],
    ["LF", "Titel\nX-INJECTED:1"],
    ["CRLF", "Titel\r\nX-INJECTED:1"],
    ["END:VEVENT", "Titel\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil@x\r\nSUMMARY:Gekapert"],
    ["; , \\", "Titel; DTSTART:19700101T000000Z, \\X-INJECTED:1\\"],
    ["quotes", 'Titel";X-INJECTED=1:mailto:evil@x\r\nX-INJECTED:1'],
  ] as const;

  it.each(hostile)("a %s in title, room, venue, description, conference or names stays one escaped value", (_label, value) => {
    const session = {
      id: "s1",
      title: value,
      abstract: value,
      startsAt: new Date("2026-07-01T08:00:00Z"),
      endsAt: new Date("2026-07-01T09:00:00Z"),
      status: "scheduled",
      revision: 2,
      room: { name: value },
      host: { name: value, contactEmail: "host@example.org" },
    };
    const conf = { ...conference, title: value, venueName: value, venueAddress: value };
    const event = sessionEvent(session, conf, { name: value, email: "a@example.org" });
    const text = build({ method: "REQUEST", name: value, events: [event] });

    const { calendar, events } = parse(text);
    expect(events).toHaveLength(1);
    expect(text.split("\r\n").filter((l) => l === "END:VEVENT" || l === "BEGIN:VEVENT")).toHaveLength(2);
    const names = events[0].component.getAllProperties().map((p) => p.name).sort();
    expect(names).toEqual(["attendee", "categories", "description", "dtend", "dtstamp", "dtstart", "location", "organizer", "sequence", "status", "summary", "uid", "url"]);
    expect(calendar.getAllProperties().map((p) => p.name).sort()).toEqual(["calscale", "method", "prodid", "version", "x-published-ttl", "x-wr-calname"]);
    expect(events[0].uid).toBe(sessionUid("s1"));
    expect(events[0].sequence).toBe(2);
    expect(events[0].startDate.toJSDate().toISOString()).toBe("2026-07-01T08:00:00.000Z");

    const multiLine = value.replace(/\r\n?/g, "\n");
    const oneLine = value.replace(/[\r\n]+/g, " ").replace(/\s+/g, " ").trim();
    expect(events[0].summary).toBe(multiLine);
    expect(events[0].location).toBe([multiLine, multiLine, multiLine].join(", "));
    expect(events[0].component.getFirstProperty("categories")!.getValues()).toEqual([value.replace(/[\r\n]+/g, " ")]);
    const shown = oneLine.replace(/"/g, "”"); // a lone " becomes a typographic one
    expect(events[0].component.getFirstProperty("organizer")!.getParameter("cn")).toBe(shown);
    expect(events[0].component.getFirstProperty("attendee")!.getParameter("cn")).toBe(shown);
    expect(events[0].component.getFirstProperty("attendee")!.getFirstValue()).toBe("mailto:a@example.org");
  });

  it("an email address cannot end the property either", () => {
    const text = build({ method: "REQUEST", events: [{ ...base, attendees: [{ name: "A", email: "a@example.org\r\nX-INJECTED:1;x" }] }] });
    expect(parse(text).events[0].component.getAllProperties().map((p) => p.name)).not.toContain("x-injected");
  });
});

describe("time zones", () => {
  const previousTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = previousTz;
  });

  /** A session given as wall time in its conference's zone, the way organisers enter it. */
  function sessionAt(timeZone: string, from: WallTime, to: WallTime, id = "s") {
    return sessionEvent(
      { id, title: `Sitzung ${id}`, startsAt: zonedToUtc(from, timeZone), endsAt: zonedToUtc(to, timeZone), status: "scheduled", revision: 0 },
      { ...conference, timeZone },
    );
  }
  const wall = (year: number, month: number, day: number, hour: number, minute = 0): WallTime => ({ year, month, day, hour, minute });

  const cases = [
    // Berlin winter (CET, UTC+1) and summer (CEST, UTC+2).
    { label: "Berlin winter", zone: "Europe/Berlin", from: wall(2026, 1, 15, 10), to: wall(2026, 1, 15, 11, 30), utc: ["20260115T090000Z", "20260115T103000Z"], minutes: 90 },
    { label: "Berlin summer", zone: "Europe/Berlin", from: wall(2026, 7, 1, 10), to: wall(2026, 7, 1, 11, 30), utc: ["20260701T080000Z", "20260701T093000Z"], minutes: 90 },
    // Berlin leaves summer time on Sunday 25 October 2026 at 03:00 CEST → 02:00 CET: an evening
    // event from 23:00 CEST to 03:30 CET lasts five and a half hours, not four and a half.
    { label: "Berlin across the October change", zone: "Europe/Berlin", from: wall(2026, 10, 24, 23), to: wall(2026, 10, 25, 3, 30), utc: ["20261024T210000Z", "20261025T023000Z"], minutes: 330 },
    // And enters it on 29 March 2026 at 02:00 CET → 03:00 CEST: 01:00 to 04:00 is two hours.
    { label: "Berlin across the March change", zone: "Europe/Berlin", from: wall(2026, 3, 29, 1), to: wall(2026, 3, 29, 4), utc: ["20260329T000000Z", "20260329T020000Z"], minutes: 120 },
    // New York: EST (UTC−5) in January, EDT (UTC−4) in July, back to EST on 1 November 2026 02:00.
    { label: "New York winter", zone: "America/New_York", from: wall(2026, 1, 15, 9), to: wall(2026, 1, 15, 10), utc: ["20260115T140000Z", "20260115T150000Z"], minutes: 60 },
    { label: "New York summer", zone: "America/New_York", from: wall(2026, 7, 1, 9), to: wall(2026, 7, 1, 10), utc: ["20260701T130000Z", "20260701T140000Z"], minutes: 60 },
    { label: "New York across the November change", zone: "America/New_York", from: wall(2026, 11, 1, 0, 30), to: wall(2026, 11, 1, 3), utc: ["20261101T043000Z", "20261101T080000Z"], minutes: 210 },
  ];

  it.each(cases)("$label: UTC times that show the organiser's wall time in the conference's zone", ({ zone, from, to, utc, minutes }) => {
    const text = build({ method: "PUBLISH", events: [sessionAt(zone, from, to)] });
    expect(text).toContain(`\r\nDTSTART:${utc[0]}\r\n`);
    expect(text).toContain(`\r\nDTEND:${utc[1]}\r\n`);
    expect(text).not.toMatch(/DT(START|END)[:;][^\r]*\d{8}T\d{6}\r\n/); // never floating
    const [e] = parse(text).events;
    const start = e.startDate.toJSDate();
    const end = e.endDate.toJSDate();
    expect((end.getTime() - start.getTime()) / 60_000).toBe(minutes);
    expect(toWallTime(start, zone)).toMatchObject(from);
    expect(toWallTime(end, zone)).toMatchObject(to);
  });

  it("gives byte-identical output under TZ=Europe/Berlin, TZ=UTC and TZ=America/New_York", () => {
    const stamp = new Date("2026-11-24T12:00:00Z");
    const events = cases.map((c, i) => sessionAt(c.zone, c.from, c.to, `s${i}`));
    const outputs = ["Europe/Berlin", "UTC", "America/New_York"].map((tz) => {
      process.env.TZ = tz;
      // Guard: the switch must really change the process zone, or this test proves nothing.
      const offset = new Date(2026, 6, 1).getTimezoneOffset();
      return { offset, text: buildCalendar({ method: "PUBLISH", name: "K", stamp, events }) };
    });
    expect(new Set(outputs.map((o) => o.offset)).size).toBe(3);
    expect(outputs[1].text).toBe(outputs[0].text);
    expect(outputs[2].text).toBe(outputs[0].text);
  });
});

describe("events from conference and session rows", () => {
  const session = {
    id: "s1",
    title: "Werkstatt",
    abstract: "Worum es geht.",
    startsAt: new Date("2026-07-01T09:00:00Z"),
    endsAt: new Date("2026-07-01T10:00:00Z"),
    status: "scheduled",
    revision: 4,
    updatedAt: new Date("2026-06-01T10:00:00Z"),
    room: { name: "Saal" },
    host: { name: "EMMD", contactEmail: "k@emmd.example" },
  };

  it("a session: stable UID, SEQUENCE = revision, room + venue, host as ORGANIZER, session page as URL", () => {
    const event = sessionEvent(session, conference, { name: "Ada", email: "ada@example.org" });
    expect(event).toMatchObject({
      uid: "session-s1@localhost",
      sequence: 4,
      status: "CONFIRMED",
      location: "Saal, Stadthalle, Markt 1, 04109 Leipzig",
      url: "http://localhost:3000/conferences/bildungskonferenz-2026/sessions/s1",
      organizer: { name: "EMMD", email: "k@emmd.example" },
      attendees: [{ name: "Ada", email: "ada@example.org", partstat: "ACCEPTED", rsvp: false }],
      lastModified: session.updatedAt,
    });
    expect(event.description).toContain("Worum es geht.");
    expect(sessionEvent(session, conference, null, { locale: "en" }).url).toBe("http://localhost:3000/en/conferences/bildungskonferenz-2026/sessions/s1");
    const [parsed] = parse(build({ method: "REQUEST", events: [event] })).events;
    expect(parsed.component.getFirstPropertyValue("url")).toBe(event.url);
    expect((parsed.component.getFirstPropertyValue("last-modified") as ICAL.Time).toJSDate()).toEqual(session.updatedAt);
  });

  it("a cancelled session, or one the attendee dropped, is STATUS:CANCELLED with PARTSTAT=DECLINED, same UID", () => {
    const cancelled = sessionEvent({ ...session, status: "cancelled", revision: 5 }, conference, { name: "A", email: "a@example.org" });
    const dropped = sessionEvent(session, conference, { name: "A", email: "a@example.org" }, { cancelled: true });
    for (const e of [cancelled, dropped]) {
      expect(e.uid).toBe(sessionUid("s1"));
      expect(e.status).toBe("CANCELLED");
      expect(e.attendees?.[0].partstat).toBe("DECLINED");
    }
    expect(cancelled.sequence).toBe(5);
    const [parsed] = parse(build({ method: "CANCEL", events: [cancelled] })).events;
    expect(parsed.component.getFirstPropertyValue("status")).toBe("CANCELLED");
  });

  it("the conference: UID conference-<id>@domain, its dates and venue", () => {
    const event = conferenceEvent(conference, { name: "BiSMit", email: "info@bismit.example" }, { name: "A", email: "a@example.org" });
    expect(event).toMatchObject({ uid: conferenceUid("conf1"), location: "Stadthalle, Markt 1, 04109 Leipzig", start: conference.startsAt, end: conference.endsAt, status: "CONFIRMED" });
    expect(event.uid).toBe("conference-conf1@localhost");
    expect(conferenceEvent(conference, null, null, { cancelled: true }).status).toBe("CANCELLED");
    build({ method: "REQUEST", events: [event] });
  });

  it("survives the JSON of an email payload unchanged", () => {
    const event = sessionEvent(session, conference, { name: "A", email: "a@example.org" });
    const json = JSON.parse(JSON.stringify(eventToJson(event)));
    expect(eventFromJson(json)).toEqual(event);
    const stamp = new Date();
    expect(buildCalendar({ method: "REQUEST", stamp, events: [eventFromJson(json)] })).toBe(buildCalendar({ method: "REQUEST", stamp, events: [event] }));
  });
});

describe("links", () => {
  it("links to Google Calendar and Outlook.com with UTC times", () => {
    const e = { title: "Titel & mehr", start: base.start, end: base.end, location: "Saal", description: "Zeile 1\nZeile 2" };
    const google = new URL(googleCalendarUrl(e));
    expect(google.origin + google.pathname).toBe("https://calendar.google.com/calendar/render");
    expect(google.searchParams.get("action")).toBe("TEMPLATE");
    expect(google.searchParams.get("dates")).toBe("20270304T083000Z/20270304T100000Z");
    expect(google.searchParams.get("text")).toBe("Titel & mehr");
    expect(google.searchParams.get("details")).toBe("Zeile 1\nZeile 2");
    const outlook = new URL(outlookCalendarUrl(e));
    expect(outlook.searchParams.get("startdt")).toBe("2027-03-04T08:30:00.000Z");
    expect(outlook.searchParams.get("enddt")).toBe("2027-03-04T10:00:00.000Z");
    expect(outlook.searchParams.get("subject")).toBe("Titel & mehr");
    expect(outlook.searchParams.get("location")).toBe("Saal");
  });

  it("offers a feed as webcal://, to Google Calendar and to Outlook.com by URL", () => {
    const feed = "https://tagung.example/api/agenda/abc/calendar.ics";
    expect(webcalUrl(feed)).toBe("webcal://tagung.example/api/agenda/abc/calendar.ics");
    expect(webcalUrl("http://localhost:3000/api/agenda/abc/calendar.ics")).toBe("webcal://localhost:3000/api/agenda/abc/calendar.ics");
    expect(new URL(googleSubscribeUrl(feed)).searchParams.get("cid")).toBe("webcal://tagung.example/api/agenda/abc/calendar.ics");
    const outlook = new URL(outlookSubscribeUrl(feed, "Bildungskonferenz"));
    expect(outlook.pathname).toBe("/calendar/0/addfromweb");
    expect(outlook.searchParams.get("url")).toBe(feed);
    expect(outlook.searchParams.get("name")).toBe("Bildungskonferenz");
  });
});
