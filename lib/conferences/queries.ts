/** Read models for the public pages and the conference API. Drafts are never returned. */
import "server-only";
import { db } from "../db";

export const PUBLIC_STATUSES = ["published", "archived"] as const;

const hostsInclude = {
  orderBy: { position: "asc" },
  include: { host: { select: { id: true, slug: true, name: true, shortName: true, website: true, description: true } } },
} as const;

export async function listPublicConferences() {
  return db.conference.findMany({
    where: { status: { in: [...PUBLIC_STATUSES] } },
    orderBy: { startsAt: "asc" },
    include: { hosts: hostsInclude, _count: { select: { sessions: { where: { status: "scheduled" } } } } },
  });
}

/** A published or archived conference with its programme (scheduled and cancelled sessions). */
export async function getPublicConference(slug: string) {
  const conference = await db.conference.findFirst({
    where: { slug, status: { in: [...PUBLIC_STATUSES] } },
    include: {
      hosts: hostsInclude,
      rooms: { orderBy: [{ position: "asc" }, { name: "asc" }] },
      tracks: { orderBy: { position: "asc" } },
      questions: { where: { archivedAt: null }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] },
      sessions: {
        where: { status: { in: ["scheduled", "cancelled"] } },
        orderBy: [{ startsAt: "asc" }, { endsAt: "asc" }, { title: "asc" }],
        include: {
          host: { select: { id: true, slug: true, name: true, shortName: true } },
          room: { select: { id: true, name: true, position: true } },
          track: { select: { id: true, name: true, color: true } },
          speakers: { orderBy: { position: "asc" }, include: { speaker: { select: { id: true, name: true, organisation: true, bio: true } } } },
        },
      },
    },
  });
  if (!conference) return null;
  const [waitlists, waitlistLength] = await Promise.all([
    waitlistLengths(conference.id),
    db.registration.count({ where: { conferenceId: conference.id, status: "waitlisted" } }),
  ]);
  return {
    ...conference,
    waitlistLength,
    sessions: conference.sessions.map((s) => ({ ...s, waitlistLength: waitlists.get(s.id) ?? 0 })),
  };
}

export type PublicConference = NonNullable<Awaited<ReturnType<typeof getPublicConference>>>;
export type PublicSession = PublicConference["sessions"][number];

/** Waiting-list length per session of a conference, one grouped query. */
export async function waitlistLengths(conferenceId: string): Promise<Map<string, number>> {
  const rows = await db.sessionRegistration.groupBy({
    by: ["sessionId"],
    where: { status: "waitlisted", session: { conferenceId } },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.sessionId, r._count._all]));
}

/** The notice version a conference's consent refers to, when no conference is named (the schema's default). */
export const DEFAULT_PRIVACY_NOTICE_VERSION = "2026-1";

/** What the privacy notice names for one conference: who is responsible, how to reach them, which version applies. */
export async function getPrivacyContext(slug: string) {
  return db.conference.findFirst({
    where: { slug, status: { in: [...PUBLIC_STATUSES] } },
    select: {
      slug: true,
      title: true,
      contactEmail: true,
      privacyNoticeVersion: true,
      endsAt: true,
      timeZone: true,
      retentionMonths: true,
      anonymisedAt: true,
      privacyText: true,
      hosts: { orderBy: { position: "asc" }, select: { role: true, host: { select: { slug: true, name: true, contactEmail: true, website: true } } } },
    },
  });
}
