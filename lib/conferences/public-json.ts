/** The JSON shape of GET /api/conferences and /api/conferences/{slug}: times carry the conference's offset. */
import type { z } from "zod";
import { localePrefix } from "../registrations/payloads";
import { registrationWindow, seatsLeft } from "../registrations/rules";
import { toIsoWithOffset } from "../time/zoned";
import type { conferenceDetailSchema, conferenceSummarySchema, questionSchema } from "./api-schema";
import type { listPublicConferences, PublicConference } from "./queries";
import { storedOptions } from "./registration-questions";

type ListedConference = Awaited<ReturnType<typeof listPublicConferences>>[number];

function conferenceFields(c: ListedConference | PublicConference, now: Date) {
  const iso = (d: Date | null) => (d ? toIsoWithOffset(d, c.timeZone) : null);
  const window = registrationWindow(c, now);
  return {
    slug: c.slug,
    title: c.title,
    subtitle: c.subtitle,
    description: c.description,
    // Drafts never leave the queries (PUBLIC_STATUSES).
    status: c.status === "archived" ? ("archived" as const) : ("published" as const),
    startsAt: toIsoWithOffset(c.startsAt, c.timeZone),
    endsAt: toIsoWithOffset(c.endsAt, c.timeZone),
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

export function conferenceSummaryJson(c: ListedConference, now: Date, baseUrl: string): z.input<typeof conferenceSummarySchema> {
  return { ...conferenceFields(c, now), sessionCount: c._count.sessions, url: `${baseUrl}/conferences/${c.slug}` };
}

type Question = PublicConference["questions"][number];

/** A registration question in the reader's language, with both texts (English falls back to German). */
export function questionJson(q: Question, locale: "de" | "en"): z.input<typeof questionSchema> {
  const labels = (de: string, en: string | null | undefined) => ({ de, en: en || de });
  const pick = (l: { de: string; en: string }) => (locale === "en" ? l.en : l.de);
  const questionLabels = labels(q.label, q.labelEn);
  const choice = q.type === "single_choice" || q.type === "multiple_choice";
  return {
    key: q.key,
    type: q.type,
    required: q.required,
    label: pick(questionLabels),
    labels: questionLabels,
    helpText: q.helpText,
    ...(choice
      ? {
          options: storedOptions(q.options).map((o) => {
            const optionLabels = labels(o.label, o.labelEn);
            return { value: o.value, label: pick(optionLabels), labels: optionLabels };
          }),
        }
      : {}),
  };
}

export function conferenceDetailJson(c: PublicConference, now: Date, baseUrl: string, locale: "de" | "en" = "de"): z.input<typeof conferenceDetailSchema> {
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
    questions: c.questions.map((q) => questionJson(q, locale)),
    privacy: { noticeVersion: c.privacyNoticeVersion, url: `${baseUrl}${localePrefix(locale)}/privacy?conference=${encodeURIComponent(c.slug)}` },
  };
}
