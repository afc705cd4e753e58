/** Test data builders: each call makes its own host and conference with unique slugs. */
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";

export function uniq(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export async function createHost(overrides: Partial<{ slug: string; shortName: string; name: string; contactEmail: string }> = {}) {
  const slug = overrides.slug ?? uniq("host");
  return db.host.create({
    data: { slug, shortName: overrides.shortName ?? slug.toUpperCase(), name: overrides.name ?? `Host ${slug}`, contactEmail: overrides.contactEmail ?? `${slug}@example.org` },
  });
}

type ConferenceOptions = {
  status?: "draft" | "published" | "archived";
  startsAt?: Date;
  endsAt?: Date;
  timeZone?: string;
  capacity?: number | null;
  registrationOpensAt?: Date | null;
  registrationClosesAt?: Date | null;
};

export async function createConference(options: ConferenceOptions = {}) {
  const host = await createHost();
  const startsAt = options.startsAt ?? new Date(Date.now() + 60 * 864e5);
  const conference = await db.conference.create({
    data: {
      slug: uniq("conf"),
      title: "Testkonferenz",
      startsAt,
      endsAt: options.endsAt ?? new Date(startsAt.getTime() + 2 * 864e5),
      timeZone: options.timeZone ?? "Europe/Berlin",
      venueName: "Haus der Tests",
      venueAddress: "Teststraße 1, 04109 Leipzig",
      status: options.status ?? "published",
      capacity: options.capacity ?? null,
      registrationOpensAt: options.registrationOpensAt === undefined ? new Date(Date.now() - 864e5) : options.registrationOpensAt,
      registrationClosesAt: options.registrationClosesAt === undefined ? null : options.registrationClosesAt,
      hosts: { create: { hostId: host.id, role: "organiser" } },
      rooms: { create: [{ name: "Saal", position: 0 }, { name: "Raum 2", position: 1 }] },
    },
    include: { rooms: { orderBy: { position: "asc" } } },
  });
  return { host, conference, rooms: conference.rooms };
}

export async function createSession(
  conference: { id: string; startsAt: Date },
  hostId: string,
  options: Partial<{ title: string; roomId: string | null; startsAt: Date; endsAt: Date; capacity: number | null; status: "draft" | "scheduled" | "cancelled"; offsetMinutes: number; minutes: number }> = {},
) {
  const startsAt = options.startsAt ?? new Date(conference.startsAt.getTime() + (options.offsetMinutes ?? 60) * 60_000);
  return db.session.create({
    data: {
      conferenceId: conference.id,
      hostId,
      roomId: options.roomId ?? null,
      title: options.title ?? uniq("Session"),
      startsAt,
      endsAt: options.endsAt ?? new Date(startsAt.getTime() + (options.minutes ?? 60) * 60_000),
      capacity: options.capacity ?? null,
      status: options.status ?? "scheduled",
    },
  });
}
