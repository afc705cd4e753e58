/** The JSON shape of GET /api/conferences and /api/conferences/{slug}: times carry the conference's offset. */
import { registrationWindow, seatsLeft } from "../registrations/rules";
import { toIsoWithOffset } from "../time/zoned";
import type { listPublicConferences, PublicConference } from "./queries";

type ListedConference = Awaited<ReturnType<typeof listPublicConferences>>[number];

function conferenceFields(c: ListedConference | PublicConference, now: Date) {
  const iso = (d: Date | null) => (d ? toIsoWithOffset(d, c.timeZone) : null);
  const window = registrationWindow(c, now);
  return {
    slug: c.slug,
    title: c.title,
    subtitle: c.subtitle,
    description: c.description,
    status: c.status,
    startsAt: iso(c.startsAt),
    endsAt: iso(c.endsAt),
    timeZone: c.timeZone,
    venue: { name: c.venueName, address: c.venueAddress },
    hosts: c.hosts.map((h) => ({ slug: h.host.slug, name: h.host.name, shortName: h.host.shortName, role: h.role, website: h.host.website })),
    registration: {
      open: window === "open",
      state: window,
      opensAt: iso(c.registrationOpensAt),
      closesAt: iso(c.registrationClosesAt),
    },
    registrationOpen: window === "open",
    capacity: c.capacity,
    seatsTaken: c.seatsTaken,
    isDemo: c.isDemo,
  };
}

export function conferenceSummaryJson(c: ListedConference, now: Date, baseUrl: string) {
  return { ...conferenceFields(c, now), sessionCount: c._count.sessions, url: `${baseUrl}/conferences/${c.slug}` };
}

export function conferenceDetailJson(c: PublicConference, now: Date, baseUrl: string) {
  const iso = (d: Date) => toIsoWithOffset(d, c.timeZone);
  return {
    ...conferenceFields(c, now),
    seatsLeft: seatsLeft(c.capacity, c.seatsTaken),
    waitlistLength: c.waitlistLength,
    url: `${baseUrl}/conferences/${c.slug}`,
    rooms: c.rooms.map((r) => ({ id: r.id, name: r.name, capacity: r.capacity })),
    sessions: c.sessions
      .filter((s) => s.status === "scheduled")
      .map((s) => ({
        id: s.id,
        title: s.title,
        abstract: s.abstract,
        format: s.format,
        language: s.language,
        startsAt: iso(s.startsAt),
        endsAt: iso(s.endsAt),
        room: s.room ? { id: s.room.id, name: s.room.name } : null,
        track: s.track ? { id: s.track.id, name: s.track.name } : null,
        host: { slug: s.host.slug, name: s.host.name, shortName: s.host.shortName },
        speakers: s.speakers.map((sp) => ({ name: sp.speaker.name, organisation: sp.speaker.organisation })),
        capacity: s.capacity,
        seatsTaken: s.seatsTaken,
        seatsLeft: seatsLeft(s.capacity, s.seatsTaken),
        waitlistLength: s.waitlistLength,
        revision: s.revision,
        url: `${baseUrl}/conferences/${c.slug}/sessions/${s.id}`,
        calendarUrl: `${baseUrl}/api/sessions/${s.id}/calendar.ics`,
      })),
  };
}
