/**
 * The calendar module's input: plain data, no Prisma types, so it can be built from a database row
 * now or from an email payload (JSON) later. Times are instants (UTC); `timeZone` is the IANA zone
 * the event is shown in.
 */
export type CalendarMethod = "PUBLISH" | "REQUEST" | "CANCEL";

export type CalendarPerson = { name?: string | null; email: string };

export type CalendarAttendee = CalendarPerson & {
  partstat?: "NEEDS-ACTION" | "ACCEPTED" | "DECLINED" | "TENTATIVE";
  rsvp?: boolean;
};

export type CalendarEvent = {
  /** Globally unique and stable across updates, e.g. `session-<id>@<domain>`. */
  uid: string;
  /** iCalendar SEQUENCE; the session's revision. */
  sequence: number;
  title: string;
  description?: string | null;
  location?: string | null;
  url?: string | null;
  start: Date;
  end: Date;
  timeZone: string;
  status?: "CONFIRMED" | "TENTATIVE" | "CANCELLED";
  organizer?: CalendarPerson | null;
  attendees?: CalendarAttendee[];
  categories?: string[];
  lastModified?: Date | null;
};

/** The JSON form of CalendarEvent (dates as ISO strings), as stored in an email payload. */
export type CalendarEventJson = Omit<CalendarEvent, "start" | "end" | "lastModified"> & {
  start: string;
  end: string;
  lastModified?: string | null;
};
