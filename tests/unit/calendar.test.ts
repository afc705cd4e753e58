import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { conferenceEvent, eventFromJson, eventToJson, sessionEvent } from "@/lib/calendar/events";
import { buildCalendar, foldLine } from "@/lib/calendar/ics";
import { googleCalendarUrl, outlookCalendarUrl, webcalUrl } from "@/lib/calendar/links";
import type { CalendarEvent } from "@/lib/calendar/types";

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

function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  return { calendar: component, events: component.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v)) };
}

describe("iCalendar output (RFC 5545)", () => {
  it("uses CRLF line endings and folds at 75 octets without splitting a UTF-8 character", () => {
    const title = "Fachkräftesicherung, Übergänge und Weiterbildung: Ein sehr langer Titel mit Ümläuten äöüß und Emoji 🎓🎉 für die Praxis";
    const text = buildCalendar({ method: "PUBLISH", events: [{ ...base, title }] });
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) {
      expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
      expect(line).not.toContain("\uFFFD");
    }
    expect(parse(text).events[0].summary).toBe(title);
  });

  it("folds by octets: a line of 3-byte characters breaks at character boundaries", () => {
    const folded = foldLine(`SUMMARY:${"€".repeat(40)}`);
    const chunks = folded.split("\r\n");
    expect(chunks.length).toBeGreaterThan(1);
    chunks.forEach((c) => expect(Buffer.byteLength(c)).toBeLessThanOrEqual(75));
    expect(chunks.map((c, i) => (i ? c.slice(1) : c)).join("")).toBe(`SUMMARY:${"€".repeat(40)}`);
  });

  it("has VERSION, PRODID, METHOD, and DTSTAMP, UID, SEQUENCE on every event", () => {
    const text = buildCalendar({ method: "REQUEST", events: [base, { ...base, uid: "session-def@tagung.example", sequence: 3 }] });
    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("prodid")).toMatch(/Tagung/);
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    for (const e of events) {
      expect(e.uid).toMatch(/@tagung\.example$/);
      expect(e.component.getFirstPropertyValue("dtstamp")).toBeTruthy();
    }
    expect(events.map((e) => e.sequence)).toEqual([0, 3]);
  });

  it("writes enumerated parameters unquoted and names safely", () => {
    const text = buildCalendar({ method: "REQUEST", events: [base] });
    const unfolded = text.replace(/\r\n /g, "");
    expect(unfolded).toMatch(/ATTENDEE;[^\r\n]*ROLE=REQ-PARTICIPANT/);
    expect(unfolded).toMatch(/PARTSTAT=ACCEPTED/);
    expect(unfolded).toMatch(/RSVP=FALSE/);
    expect(unfolded).not.toMatch(/ROLE="/);
    const attendee = parse(text).events[0].component.getFirstProperty("attendee")!;
    expect(attendee.getParameter("cn")).toBe("Jörg O'Brien");
    expect(attendee.getFirstValue()).toBe("mailto:joerg@example.org");
  });

  it("escapes TEXT: backslash, semicolon, comma and newlines survive a round trip", () => {
    const tricky = "A\\B; C, D\nE";
    const text = buildCalendar({ method: "PUBLISH", events: [{ ...base, title: tricky, description: tricky, location: tricky }] });
    const [e] = parse(text).events;
    expect(e.summary).toBe(tricky);
    expect(e.description).toBe(tricky);
    expect(e.location).toBe(tricky);
  });

  it.each([
    ["CR", "Titel\rX-INJECTED:1"],
    ["LF", "Titel\nX-INJECTED:1"],
    ["CRLF", "Titel\r\nX-INJECTED:1"],
    ["END:VEVENT", "Titel\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil"],
  ])("a %s in title, room, description or a name cannot smuggle in a property", (_label, value) => {
    const text = buildCalendar({
      method: "REQUEST",
      events: [{ ...base, title: value, description: value, location: value, organizer: { name: value, email: "o@example.org" }, attendees: [{ name: `"${value}"`, email: "a@example.org" }] }],
    });
    const { events } = parse(text);
    expect(events).toHaveLength(1);
    const names = events[0].component.getAllProperties().map((p) => p.name);
    expect(names).not.toContain("x-injected");
    expect(names.filter((n) => n === "uid")).toHaveLength(1);
    expect(text.split("\r\n").filter((l) => l === "END:VEVENT")).toHaveLength(1);
    expect(events[0].summary).toBe(value.replace(/\r\n?/g, "\n"));
  });

  it("emits UTC times, so Berlin winter, summer and a DST-crossing session are right everywhere", () => {
    const winter = sessionEvent(
      { id: "w", title: "Winter", startsAt: new Date("2027-01-14T08:00:00Z"), endsAt: new Date("2027-01-14T09:00:00Z"), status: "scheduled", revision: 0 },
      { id: "c", slug: "c", title: "K", startsAt: new Date(), endsAt: new Date(), timeZone: "Europe/Berlin", venueName: "V", venueAddress: "A" },
    );
    const summer = { ...winter, start: new Date("2027-07-01T07:00:00Z"), end: new Date("2027-07-01T08:00:00Z") };
    // Berlin leaves summer time at 03:00 on 31 October 2027: 01:30 CEST to 02:30 CET is two hours.
    const crossing = { ...winter, start: new Date("2027-10-30T23:30:00Z"), end: new Date("2027-10-31T01:30:00Z") };
    const ny = { ...winter, start: new Date("2027-03-14T13:00:00Z"), end: new Date("2027-03-14T15:00:00Z"), timeZone: "America/New_York" };
    const text = buildCalendar({ method: "PUBLISH", events: [winter, summer, crossing, ny].map((e, i) => ({ ...e, uid: `u${i}@x` })) });
    expect(text).toContain("DTSTART:20270114T080000Z");
    expect(text).toContain("DTSTART:20270701T070000Z");
    expect(text).toContain("DTSTART:20271030T233000Z");
    expect(text).toContain("DTEND:20271031T013000Z");
    expect(text).not.toMatch(/DTSTART:\d{8}T\d{6}\r\n/); // never floating
    const events = parse(text).events;
    expect(events[2].endDate.toJSDate().getTime() - events[2].startDate.toJSDate().getTime()).toBe(2 * 3600_000);
    expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual([
      "2027-01-14T08:00:00.000Z",
      "2027-07-01T07:00:00.000Z",
      "2027-10-30T23:30:00.000Z",
      "2027-03-14T13:00:00.000Z",
    ]);
  });

  it("marks cancelled events and uses stable UIDs with the revision as SEQUENCE", () => {
    const conference = { id: "conf1", slug: "k", title: "K", startsAt: new Date("2027-03-04T08:00:00Z"), endsAt: new Date("2027-03-05T16:00:00Z"), timeZone: "Europe/Berlin", venueName: "Halle", venueAddress: "Weg 1" };
    const session = { id: "s1", title: "T", startsAt: new Date("2027-03-04T09:00:00Z"), endsAt: new Date("2027-03-04T10:00:00Z"), status: "cancelled", revision: 4, room: { name: "Saal" }, host: { name: "EMMD", contactEmail: "k@emmd.example" } };
    const event = sessionEvent(session, conference, { name: "A", email: "a@example.org" });
    expect(event).toMatchObject({ uid: expect.stringMatching(/^session-s1@/), sequence: 4, status: "CANCELLED", location: "Saal, Halle, Weg 1" });
    const text = buildCalendar({ method: "CANCEL", events: [event] });
    const [parsed] = parse(text).events;
    expect(parsed.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(parsed.organizer.toLowerCase()).toBe("mailto:k@emmd.example");
    expect(eventFromJson(eventToJson(event))).toEqual(event);
    expect(conferenceEvent(conference, null).uid).toMatch(/^conference-conf1@/);
  });

  it("gives the same output whatever the process time zone (run under TZ=Europe/Berlin and TZ=UTC)", () => {
    const text = buildCalendar({ method: "PUBLISH", events: [base] });
    expect(text).toContain("DTSTART:20270304T083000Z");
    expect(text).toContain("DTEND:20270304T100000Z");
  });

  it("builds an empty but valid feed", () => {
    const text = buildCalendar({ method: "PUBLISH", name: "Leer", events: [] });
    expect(parse(text).events).toHaveLength(0);
    expect(text).toContain("BEGIN:VCALENDAR");
  });

  it("links to Google Calendar and Outlook.com with UTC times", () => {
    const e = { title: "Titel & mehr", start: base.start, end: base.end, location: "Saal" };
    expect(googleCalendarUrl(e)).toContain("dates=20270304T083000Z%2F20270304T100000Z");
    expect(new URL(googleCalendarUrl(e)).searchParams.get("text")).toBe("Titel & mehr");
    expect(new URL(outlookCalendarUrl(e)).searchParams.get("startdt")).toBe("2027-03-04T08:30:00.000Z");
    expect(webcalUrl("https://tagung.example/api/agenda/x/calendar.ics")).toBe("webcal://tagung.example/api/agenda/x/calendar.ics");
  });
});

describe("subscription links", () => {
  it("offers a feed to Google Calendar and Outlook.com by URL", async () => {
    const { googleSubscribeUrl, outlookSubscribeUrl } = await import("@/lib/calendar/links");
    const feed = "https://tagung.example/api/agenda/abc/calendar.ics";
    expect(new URL(googleSubscribeUrl(feed)).searchParams.get("cid")).toBe("webcal://tagung.example/api/agenda/abc/calendar.ics");
    const outlook = new URL(outlookSubscribeUrl(feed, "Bildungskonferenz"));
    expect(outlook.pathname).toBe("/calendar/0/addfromweb");
    expect(outlook.searchParams.get("url")).toBe(feed);
  });
});
