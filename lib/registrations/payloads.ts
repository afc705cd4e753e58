/** Builds what registration emails say and carry (see lib/mail/messages.ts). */
import { appUrl } from "../http";
import { pickLocalized, pickOptionalLocalized } from "../localized";
import type { ConferenceSummary, SessionLine } from "../mail/messages";

export type ConferenceForMail = {
  id: string;
  slug: string;
  title: string;
  subtitle: string | null;
  description: string;
  /** English texts (issue 14); emails and calendar entries in English use them, else the German ones. */
  titleEn?: string | null;
  subtitleEn?: string | null;
  descriptionEn?: string | null;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  venueName: string;
  venueAddress: string;
  contactEmail: string | null;
  titleDative?: string | null;
  /** The conference event's SEQUENCE (raised when title, venue or days change). */
  revision?: number;
  hosts: { role: string; host: { name: string; shortName: string; contactEmail: string } }[];
};

export type SessionForMail = {
  id: string;
  title: string;
  abstract: string;
  titleEn?: string | null;
  abstractEn?: string | null;
  language?: string;
  startsAt: Date;
  endsAt: Date;
  status: string;
  revision: number;
  room: { name: string } | null;
  host: { name: string; contactEmail: string };
};

export const conferenceMailInclude = {
  hosts: { orderBy: { position: "asc" }, include: { host: { select: { name: true, shortName: true, contactEmail: true } } } },
} as const;

export const sessionMailSelect = {
  id: true,
  title: true,
  abstract: true,
  titleEn: true,
  abstractEn: true,
  language: true,
  startsAt: true,
  endsAt: true,
  status: true,
  revision: true,
  capacity: true,
  conferenceId: true,
  room: { select: { name: true } },
  host: { select: { name: true, contactEmail: true } },
} as const;

export function localePrefix(locale: string): string {
  return locale === "en" ? "/en" : "";
}

export function manageUrl(token: string, locale: string): string {
  return `${appUrl()}${localePrefix(locale)}/manage/${token}`;
}

export function agendaFeedUrl(token: string): string {
  return `${appUrl()}/api/agenda/${token}/calendar.ics`;
}

export function conferenceSummary(c: ConferenceForMail, locale: string): ConferenceSummary {
  return {
    slug: c.slug,
    title: pickLocalized(c.title, c.titleEn, locale).text,
    subtitle: pickOptionalLocalized(c.subtitle, c.subtitleEn, locale)?.text ?? null,
    titleDative: c.titleDative ?? null,
    startsAt: c.startsAt.toISOString(),
    endsAt: c.endsAt.toISOString(),
    timeZone: c.timeZone,
    venueName: c.venueName,
    venueAddress: c.venueAddress,
    hosts: c.hosts.map((h) => h.host.name),
    url: `${appUrl()}${localePrefix(locale)}/conferences/${c.slug}`,
  };
}

/** A session as an email lists it, its title in the recipient's language (`locale`; German without one). */
export function sessionLine(s: Pick<SessionForMail, "id" | "title" | "titleEn" | "language" | "startsAt" | "endsAt" | "room">, status: SessionLine["status"], waitlistPosition: number | null = null, locale = "de"): SessionLine {
  const title = pickLocalized(s.title, s.titleEn, locale, s.language);
  return { id: s.id, title: title.text, titleLang: title.lang, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(), room: s.room?.name ?? null, status, waitlistPosition };
}

/** The organising host is the conference's ORGANIZER in calendar invites. */
export function conferenceOrganizer(c: ConferenceForMail): { name: string; email: string } | null {
  const host = c.hosts.find((h) => h.role === "organiser") ?? c.hosts[0];
  return host ? { name: host.host.name, email: c.contactEmail ?? host.host.contactEmail } : null;
}
