/**
 * The JSON shape of GET /api/conferences and /api/conferences/{slug}: times carry the conference's
 * offset; texts are in the requested language (`?locale=en`: English where entered, else German;
 * `lang` says which), German by default.
 */
import "server-only";
import type { z } from "zod";
import { localizedText, pickLocalized, pickOptionalLocalized } from "../localized";
import { localePrefix } from "../registrations/payloads";
import { registrationWindow, seatsLeft } from "../registrations/rules";
import { toIsoWithOffset } from "../time/zoned";
import type { conferenceDetailSchema, conferenceSummarySchema, questionSchema } from "./api-schema";
import type { listPublicConferences, PublicConference } from "./queries";
import { builtInFields } from "../registrations/built-in-fields";
import { storedOptions } from "./registration-questions";

type ListedConference = Awaited<ReturnType<typeof listPublicConferences>>[number];

/** The API's language: `locale=en` in the query asks for English texts; anything else is German. */
export function apiLocale(url: string): "de" | "en" {
  return new URL(url).searchParams.get("locale") === "en" ? "en" : "de";
}

const pagePrefix = (locale: string) => (locale === "en" ? "/en" : "");

function conferenceFields(c: ListedConference | PublicConference, now: Date, locale: "de" | "en") {
  const iso = (d: Date | null) => (d ? toIsoWithOffset(d, c.timeZone) : null);
  const window = registrationWindow(c, now);
  const title = pickLocalized(c.title, c.titleEn, locale);
  return {
    slug: c.slug,
    locale,
    title: title.text,
    titleLang: title.lang,
    subtitle: pickOptionalLocalized(c.subtitle, c.subtitleEn, locale)?.text ?? null,
    description: pickOptionalLocalized(c.description, c.descriptionEn, locale)?.text ?? "",
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

export function conferenceSummaryJson(c: ListedConference, now: Date, baseUrl: string, locale: "de" | "en" = "de"): z.input<typeof conferenceSummarySchema> {
  return { ...conferenceFields(c, now, locale), sessionCount: c._count.sessions, url: `${baseUrl}${pagePrefix(locale)}/conferences/${c.slug}` };
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
    helpText: pickOptionalLocalized(q.helpText, q.helpTextEn, locale)?.text ?? null,
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
  const page = `${baseUrl}${pagePrefix(locale)}/conferences/${c.slug}`;
  return {
    ...conferenceFields(c, now, locale),
    seatsLeft: seatsLeft(c.capacity, c.seatsTaken),
    waitlistLength: c.waitlistLength,
    url: page,
    rooms: c.rooms.map((r) => ({ id: r.id, name: r.name, description: pickOptionalLocalized(r.description, r.descriptionEn, locale)?.text ?? null, capacity: r.capacity })),
    sessions: c.sessions
      .filter((s) => s.status === "scheduled")
      .map((s) => {
        const title = pickLocalized(s.title, s.titleEn, locale, s.language);
        return {
          id: s.id,
          title: title.text,
          titleLang: title.lang,
          abstract: localizedText(s.abstract, s.abstractEn, locale),
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
          url: `${page}/sessions/${s.id}`,
          calendarUrl: `${baseUrl}/api/sessions/${s.id}/calendar.ics${locale === "en" ? "?locale=en" : ""}`,
        };
      }),
    fields: builtInFields(c),
    questions: c.questions.map((q) => questionJson(q, locale)),
    privacy: { noticeVersion: c.privacyNoticeVersion, url: `${baseUrl}${localePrefix(locale)}/privacy?conference=${encodeURIComponent(c.slug)}` },
  };
}
