/** Calendar feeds: a session, a conference's programme, an attendee's personal agenda. */
import "server-only";
import { db } from "../db";
import { conferenceOrganizer, type ConferenceForMail } from "../registrations/payloads";
import { registrationIdForToken } from "../registrations/link-tokens";
import { localizedText } from "../localized";
import { conferenceEvent, sessionEvent } from "./events";
import type { CalendarEvent } from "./types";
import { loadUidDomain } from "./uid-domain";

export type Feed = { name: string; filename: string; events: CalendarEvent[]; lastModified: Date };

const sessionInclude = { room: { select: { name: true } }, host: { select: { name: true, contactEmail: true } } } as const;
const conferenceInclude = { hosts: { orderBy: { position: "asc" }, include: { host: { select: { name: true, shortName: true, contactEmail: true } } } } } as const;

function latest(dates: Date[]): Date {
  return new Date(Math.max(...dates.map((d) => d.getTime())));
}

/**
 * One session. A cancelled one is still answered (STATUS:CANCELLED, its raised SEQUENCE), so that
 * downloading it again removes it from a calendar; drafts are unknown. `locale` "en": English
 * texts where entered, German otherwise.
 */
export async function sessionFeed(sessionId: string, locale = "de"): Promise<Feed | null> {
  await loadUidDomain(db);
  const session = await db.session.findFirst({
    where: { id: sessionId, status: { in: ["scheduled", "cancelled"] }, conference: { status: { in: ["published", "archived"] } } },
    include: { ...sessionInclude, conference: true },
  });
  if (!session) return null;
  return {
    name: localizedText(session.title, session.titleEn, locale),
    filename: `session-${session.id}.ics`,
    events: [sessionEvent(session, session.conference, null, { locale })],
    lastModified: latest([session.updatedAt, session.conference.updatedAt]),
  };
}

/**
 * A cheap fingerprint of a conference's programme (its and its sessions' last change and count),
 * so the big conference feed is rebuilt only when something changed.
 */
export async function conferenceFeedVersion(slug: string): Promise<string | null> {
  const conference = await db.conference.findFirst({ where: { slug, status: { in: ["published", "archived"] } }, select: { id: true, updatedAt: true } });
  if (!conference) return null;
  const sessions = await db.session.aggregate({ where: { conferenceId: conference.id }, _max: { updatedAt: true }, _count: { _all: true } });
  return `${conference.id}:${conference.updatedAt.getTime()}:${sessions._max.updatedAt?.getTime() ?? 0}:${sessions._count._all}`;
}

/** Scheduled sessions, and cancelled ones marked STATUS:CANCELLED so subscribers drop them; texts in `locale`. */
export async function conferenceFeed(slug: string, locale = "de"): Promise<Feed | null> {
  await loadUidDomain(db);
  const conference = await db.conference.findFirst({
    where: { slug, status: { in: ["published", "archived"] } },
    include: { sessions: { where: { status: { in: ["scheduled", "cancelled"] } }, orderBy: [{ startsAt: "asc" }, { id: "asc" }], include: sessionInclude } },
  });
  if (!conference) return null;
  return {
    name: localizedText(conference.title, conference.titleEn, locale),
    filename: `${conference.slug}.ics`,
    events: conference.sessions.map((s) => sessionEvent(s, conference, null, { locale })),
    lastModified: latest([conference.updatedAt, ...conference.sessions.map((s) => s.updatedAt)]),
  };
}

/**
 * The attendee's agenda: the conference and every session they hold a seat in; sessions they
 * dropped, cancelled sessions and a cancelled registration appear as STATUS:CANCELLED, so a
 * subscribed calendar removes them on its next refresh. Waiting-list places are not in it.
 * A feed is no invitation: no ATTENDEE (that belongs to emailed iTIP messages), and SEQUENCE is
 * never below what this attendee was last emailed for the event.
 */
export async function agendaFeed(token: string): Promise<Feed | null> {
  // Only a feed token opens the feed: the subscription address never carries write access.
  const id = await registrationIdForToken(token, "feed");
  if (!id) return null;
  return (await agendaFeedOf(id))?.feed ?? null;
}

/** The agenda of one registration (found by its feed token, or by the manage page), with its conference's id for cache tags. */
export async function agendaFeedOf(id: string): Promise<{ feed: Feed; conferenceId: string } | null> {
  await loadUidDomain(db);
  const registration = await db.registration.findUnique({
    where: { id },
    include: {
      conference: { include: conferenceInclude },
      // A stable order: the same agenda must give the same bytes (and ETag) on every request.
      sessions: { orderBy: [{ session: { startsAt: "asc" } }, { id: "asc" }], include: { session: { include: sessionInclude } } },
      calendarDeliveries: { select: { uid: true, sequence: true } },
    },
  });
  if (!registration) return null;
  const conference = registration.conference as ConferenceForMail & typeof registration.conference;
  const cancelledAll = registration.status === "cancelled";
  const locale = registration.locale;
  const emailed = new Map(registration.calendarDeliveries.map((d) => [d.uid, d.sequence]));
  const atLeastEmailed = (e: CalendarEvent): CalendarEvent => ({ ...e, sequence: Math.max(e.sequence, emailed.get(e.uid) ?? 0) });
  const events: CalendarEvent[] = [];
  if (registration.status !== "waitlisted") {
    events.push(atLeastEmailed(conferenceEvent(conference, conferenceOrganizer(conference), null, { cancelled: cancelledAll, locale })));
  }
  for (const entry of registration.sessions) {
    if (entry.status === "waitlisted") continue;
    events.push(atLeastEmailed(sessionEvent(entry.session, conference, null, { cancelled: cancelledAll || entry.status === "cancelled", locale })));
  }
  return {
    conferenceId: conference.id,
    feed: {
      name: localizedText(conference.title, conference.titleEn, locale),
      filename: "agenda.ics",
      events,
      lastModified: latest([registration.updatedAt, conference.updatedAt, ...registration.sessions.flatMap((s) => [s.updatedAt, s.session.updatedAt])]),
    },
  };
}
