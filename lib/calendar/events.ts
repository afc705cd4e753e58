/**
 * Maps conference and session rows to calendar events. UIDs are stable across every update
 * (`session-<id>@<domain>`, the domain fixed at first start: see uid-domain.ts), SEQUENCE follows
 * the session's or conference's revision, so clients replace an event instead of adding a second
 * one. Emailed invites may raise SEQUENCE further per recipient (lib/registrations/calendar-invites.ts).
 */
import { appUrl } from "../http";
import { localizedText, pickOptionalLocalized } from "../localized";
import type { CalendarEvent, CalendarEventJson } from "./types";
import { uidDomain } from "./uid-domain";

export const sessionUid = (sessionId: string) => `session-${sessionId}@${uidDomain()}`;
export const conferenceUid = (conferenceId: string) => `conference-${conferenceId}@${uidDomain()}`;

type ConferenceLike = {
  id: string;
  slug: string;
  title: string;
  subtitle?: string | null;
  description?: string | null;
  titleEn?: string | null;
  subtitleEn?: string | null;
  descriptionEn?: string | null;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  venueName: string;
  venueAddress: string;
  /** Raised on every change attendees see in their calendar (title, venue, days). */
  revision?: number;
  updatedAt?: Date;
};

type SessionLike = {
  id: string;
  title: string;
  abstract?: string | null;
  titleEn?: string | null;
  abstractEn?: string | null;
  startsAt: Date;
  endsAt: Date;
  status: string;
  revision: number;
  updatedAt?: Date;
  room?: { name: string } | null;
  host?: { name: string; contactEmail: string } | null;
};

type Attendee = { name: string; email: string } | null;

/** Public pages: German at the root, English under /en (see app/[locale]). */
function pageUrl(path: string, locale?: string): string {
  return `${appUrl()}${locale === "en" ? "/en" : ""}${path}`;
}

/**
 * One session as an event. `attendee` makes it an invite (ATTENDEE with PARTSTAT); `cancelled`
 * marks it STATUS:CANCELLED even if the session itself goes ahead (the attendee dropped it);
 * `locale` picks the language of the texts (English where entered) and of the linked session page.
 */
export function sessionEvent(
  session: SessionLike,
  conference: ConferenceLike,
  attendee: Attendee = null,
  opts: { cancelled?: boolean; locale?: string } = {},
): CalendarEvent {
  const url = pageUrl(`/conferences/${conference.slug}/sessions/${session.id}`, opts.locale);
  const cancelled = opts.cancelled || session.status === "cancelled";
  const locale = opts.locale ?? "de";
  const conferenceTitle = localizedText(conference.title, conference.titleEn, locale);
  return {
    uid: sessionUid(session.id),
    sequence: session.revision,
    title: localizedText(session.title, session.titleEn, locale),
    description: [pickOptionalLocalized(session.abstract, session.abstractEn, locale)?.text, conferenceTitle, url].filter(Boolean).join("\n\n"),
    location: [session.room?.name, conference.venueName, conference.venueAddress].filter(Boolean).join(", "),
    url,
    start: session.startsAt,
    end: session.endsAt,
    timeZone: conference.timeZone,
    status: cancelled ? "CANCELLED" : "CONFIRMED",
    organizer: session.host ? { name: session.host.name, email: session.host.contactEmail } : null,
    attendees: attendee ? [{ name: attendee.name, email: attendee.email, partstat: cancelled ? "DECLINED" : "ACCEPTED", rsvp: false }] : undefined,
    categories: [conferenceTitle],
    lastModified: session.updatedAt ?? null,
  };
}

export function conferenceEvent(
  conference: ConferenceLike,
  organizer: { name: string; email: string } | null,
  attendee: Attendee = null,
  opts: { cancelled?: boolean; sequence?: number; locale?: string } = {},
): CalendarEvent {
  const url = pageUrl(`/conferences/${conference.slug}`, opts.locale);
  const locale = opts.locale ?? "de";
  return {
    uid: conferenceUid(conference.id),
    sequence: opts.sequence ?? conference.revision ?? 0,
    title: localizedText(conference.title, conference.titleEn, locale),
    description: [pickOptionalLocalized(conference.subtitle, conference.subtitleEn, locale)?.text, pickOptionalLocalized(conference.description, conference.descriptionEn, locale)?.text, url].filter(Boolean).join("\n\n"),
    location: [conference.venueName, conference.venueAddress].filter(Boolean).join(", "),
    url,
    start: conference.startsAt,
    end: conference.endsAt,
    timeZone: conference.timeZone,
    status: opts.cancelled ? "CANCELLED" : "CONFIRMED",
    organizer,
    attendees: attendee ? [{ name: attendee.name, email: attendee.email, partstat: opts.cancelled ? "DECLINED" : "ACCEPTED", rsvp: false }] : undefined,
    lastModified: conference.updatedAt ?? null,
  };
}

export function eventToJson(e: CalendarEvent): CalendarEventJson {
  return { ...e, start: e.start.toISOString(), end: e.end.toISOString(), lastModified: e.lastModified ? e.lastModified.toISOString() : null };
}

export function eventFromJson(e: CalendarEventJson): CalendarEvent {
  return { ...e, start: new Date(e.start), end: new Date(e.end), lastModified: e.lastModified ? new Date(e.lastModified) : null };
}
