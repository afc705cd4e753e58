/**
 * A big database for the data-volume benchmark: 3 published conferences, 200 sessions and 100,000
 * registrations (two sessions each, a tenth waitlisted or cancelled, a fifth checked in), written
 * with bulk inserts (createMany in chunks, one transaction per chunk). Works on SQLite and
 * PostgreSQL (DATABASE_URL). `npx tsx --tsconfig=tsconfig.scripts.json bench/seed-volume.ts` seeds the database in DATABASE_URL;
 * bench/volume.ts imports seedVolume.
 */
import type { PrismaClient } from "@prisma/client";

export type VolumeSeed = { conferences: { id: string; slug: string; sessionIds: string[] }[]; organiserId: string; codes: string[]; registrations: number };

const CONFERENCES = 3;
const SESSIONS = 200;
const REGISTRATIONS = 100_000;
const CHUNK = 2_000;

const FIRST = ["Anna", "Ben", "Clara", "David", "Emine", "Felix", "Greta", "Hamid", "Ida", "Jonas", "Katrin", "Lukas", "Mira", "Noah", "Olga", "Paul"];
const LAST = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Yılmaz", "Nowak"];
const ORGS = ["Stadt Leipzig", "Universität Halle", "IHK Chemnitz", "Landkreis Görlitz", "Volkshochschule Jena", null];

export async function seedVolume(db: PrismaClient, options: { registrations?: number; prefix?: string } = {}): Promise<VolumeSeed> {
  const total = options.registrations ?? REGISTRATIONS;
  const prefix = options.prefix ?? "volume";
  const host = await db.host.create({ data: { slug: `${prefix}-host`, shortName: "VOL", name: "Volumen e. V.", contactEmail: "volumen@example.org" } });
  const organiser = await db.user.create({ data: { email: `${prefix}-organiser@example.org`, memberships: { create: { hostId: host.id, role: "owner" } } } });
  const conferences: VolumeSeed["conferences"] = [];
  for (let c = 0; c < CONFERENCES; c++) {
    const startsAt = new Date(Date.UTC(2027, 2 + c, 10, 7, 0));
    const conference = await db.conference.create({
      data: {
        slug: `${prefix}-konferenz-${c + 1}`,
        title: `Große Konferenz ${c + 1}`,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 2 * 864e5),
        venueName: "Messe",
        venueAddress: "Messeallee 1, 04356 Leipzig",
        status: "published",
        registrationOpensAt: new Date(Date.now() - 864e5),
        hosts: { create: { hostId: host.id, role: "organiser" } },
        rooms: { create: Array.from({ length: 8 }, (_, i) => ({ name: `Raum ${i + 1}`, position: i })) },
      },
      include: { rooms: true },
    });
    const count = Math.floor(SESSIONS / CONFERENCES) + (c < SESSIONS % CONFERENCES ? 1 : 0);
    const sessionIds = Array.from({ length: count }, (_, i) => `${prefix}-s${c}-${i}`);
    await db.session.createMany({
      data: sessionIds.map((id, i) => {
        const begins = new Date(startsAt.getTime() + Math.floor(i / 24) * 864e5 + (i % 8) * 90 * 60_000);
        return { id, conferenceId: conference.id, hostId: host.id, roomId: conference.rooms[i % 8].id, title: `Programmpunkt ${i + 1}`, startsAt: begins, endsAt: new Date(begins.getTime() + 80 * 60_000), capacity: 2_000, status: "scheduled" as const };
      }),
    });
    conferences.push({ id: conference.id, slug: conference.slug, sessionIds });
  }
  const codes: string[] = [];
  const now = new Date();
  for (let start = 0; start < total; start += CHUNK) {
    const registrations = [];
    const entries = [];
    for (let i = start; i < Math.min(total, start + CHUNK); i++) {
      const conference = conferences[i % CONFERENCES];
      const status = i % 20 === 0 ? "waitlisted" : i % 20 === 1 ? "cancelled" : "confirmed";
      const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i}`;
      const email = `person${i}@example.org`;
      const code = `V${String(i).padStart(9, "0")}`;
      if (i % 1000 === 7) codes.push(code);
      const id = `${prefix}-r${i}`;
      registrations.push({
        id,
        conferenceId: conference.id,
        name,
        email,
        emailKey: email,
        organisation: ORGS[i % ORGS.length],
        status: status as "confirmed" | "waitlisted" | "cancelled",
        waitlistedAt: status === "waitlisted" ? new Date(now.getTime() + i) : null,
        confirmedAt: status === "confirmed" ? now : null,
        cancelledAt: status === "cancelled" ? now : null,
        checkedInAt: status === "confirmed" && i % 5 === 0 ? now : null,
        consentAt: now,
        consentVersion: "2026-1",
        checkInCode: code,
        createdAt: new Date(now.getTime() - (total - i) * 1000),
      });
      const sessions = conference.sessionIds;
      for (const k of [0, 1]) {
        entries.push({ registrationId: id, sessionId: sessions[(i + k * 7) % sessions.length], status: status === "confirmed" ? ("confirmed" as const) : status === "cancelled" ? ("cancelled" as const) : ("waitlisted" as const), confirmedAt: status === "confirmed" ? now : null });
      }
    }
    await db.$transaction([db.registration.createMany({ data: registrations }), db.sessionRegistration.createMany({ data: entries })]);
  }
  // Seat counters as the registrations above hold them.
  for (const conference of conferences) {
    const confirmed = await db.registration.count({ where: { conferenceId: conference.id, status: "confirmed" } });
    await db.conference.update({ where: { id: conference.id }, data: { seatsTaken: confirmed } });
    const perSession = await db.sessionRegistration.groupBy({ by: ["sessionId"], where: { session: { conferenceId: conference.id }, status: "confirmed" }, _count: { _all: true } });
    for (const row of perSession) await db.session.update({ where: { id: row.sessionId }, data: { seatsTaken: row._count._all } });
  }
  return { conferences, organiserId: organiser.id, codes, registrations: total };
}

async function main() {
  const { db } = await import("../lib/db");
  const started = performance.now();
  const seed = await seedVolume(db as unknown as PrismaClient);
  console.log(`Seeded ${seed.registrations} registrations over ${seed.conferences.length} conferences in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  await db.$disconnect();
}

if (process.argv[1]?.endsWith("seed-volume.ts")) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
