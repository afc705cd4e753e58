/** Reads the calendar parts of outbox rows as a mail client would: rendered, then parsed with ical.js. */
import ICAL from "ical.js";
import { db } from "@/lib/db";
import { renderEmail } from "@/lib/mail/render";

export type CalendarPart = {
  rowId: string;
  kind: string;
  registrationId: string | null;
  method: string | null;
  uids: string[];
  sequence: number;
  status: string;
  summary: string;
  start: Date;
  end: Date;
  location: string;
  organizers: number;
  attendees: number;
  ics: string;
};

/** Every text/calendar part of one rendered row (the iCalendar alternative and any attached file). */
export async function renderedCalendarParts(row: Parameters<typeof renderEmail>[0] & { id: string; registrationId: string | null }): Promise<CalendarPart[]> {
  const mail = await renderEmail(row);
  const texts: string[] = [];
  const ical = mail.icalEvent;
  if (ical) texts.push(typeof ical === "object" && "content" in ical ? String(ical.content) : String(ical));
  for (const a of mail.attachments ?? []) if (String(a.contentType ?? "").startsWith("text/calendar")) texts.push(String(a.content));
  return texts.map((ics) => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const vevents = calendar.getAllSubcomponents("vevent");
    const first = new ICAL.Event(vevents[0]);
    return {
      rowId: row.id,
      kind: row.kind,
      registrationId: row.registrationId,
      method: calendar.getFirstPropertyValue("method") as string | null,
      uids: [...new Set(vevents.map((v) => String(v.getFirstPropertyValue("uid"))))],
      sequence: first.sequence,
      status: String(vevents[0].getFirstPropertyValue("status")),
      summary: first.summary,
      start: first.startDate.toJSDate(),
      end: first.endDate.toJSDate(),
      location: first.location,
      organizers: vevents.reduce((n, v) => n + v.getAllProperties("organizer").length, 0),
      attendees: vevents.reduce((n, v) => n + v.getAllProperties("attendee").length, 0),
      ics,
    };
  });
}

/** The outbox rows of a conference (or one registration), oldest first. */
export async function outboxRows(where: { conferenceId?: string; registrationId?: string; kind?: string }) {
  return db.emailOutbox.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}
