/**
 * `npm run bench:ics` — building calendar feeds for a big conference: 200 sessions and 5,000
 * registrations (4 sessions each) on SQLite, production build; requests/s against GET /api/health
 * measured in the same run. Writes bench/results/ics.json and prints a Markdown table.
 */
import fs from "node:fs";
import { measure, table } from "./lib/measure";
import { freshSqliteUrl, startBenchServer } from "./lib/server";

const PORT = Number(process.env.BENCH_PORT || 3410);

async function seed(databaseUrl: string): Promise<{ slug: string; token: string }> {
  process.env.DATABASE_URL = databaseUrl;
  const { db } = await import("../lib/db");
  const { hashToken, newManageToken } = await import("../lib/registrations/token");
  const host = await db.host.findFirstOrThrow({ where: { slug: "bismit" } });
  const start = new Date(Date.UTC(2027, 2, 4, 7, 0));
  const conference = await db.conference.create({
    data: {
      slug: "bench-ics",
      title: "Große Konferenz",
      startsAt: start,
      endsAt: new Date(start.getTime() + 3 * 864e5),
      venueName: "Messe",
      venueAddress: "Messeallee 1, 04356 Leipzig",
      status: "published",
      hosts: { create: { hostId: host.id, role: "organiser" } },
      rooms: { create: Array.from({ length: 10 }, (_, i) => ({ name: `Raum ${i + 1}`, position: i })) },
    },
    include: { rooms: true },
  });
  await db.session.createMany({
    data: Array.from({ length: 200 }, (_, i) => {
      const day = Math.floor(i / 70);
      const slot = Math.floor((i % 70) / 10);
      const begins = new Date(start.getTime() + day * 864e5 + slot * 90 * 60_000);
      return {
        id: `bench-session-${i}`,
        conferenceId: conference.id,
        hostId: host.id,
        roomId: conference.rooms[i % 10].id,
        title: `Programmpunkt ${i + 1}: Übergänge gestalten – Fachkräfte für die Region`,
        abstract: "Werkstatt mit Praxisbeispielen aus Kommunen, Schulen und Betrieben.",
        startsAt: begins,
        endsAt: new Date(begins.getTime() + 80 * 60_000),
        status: "scheduled" as const,
      };
    }),
  });
  const token = newManageToken();
  const registrations = Array.from({ length: 5000 }, (_, i) => ({
    id: `bench-reg-${i}`,
    conferenceId: conference.id,
    name: `Teilnehmende ${i}`,
    email: `t${i}@example.org`,
    emailKey: `t${i}@example.org`,
    status: "confirmed" as const,
    consentAt: new Date(),
    consentVersion: "2026-1",
    manageTokenHash: i === 0 ? hashToken(token) : hashToken(`bench-${i}`),
    checkInCode: `BENCH${i}`,
  }));
  for (let i = 0; i < registrations.length; i += 500) await db.registration.createMany({ data: registrations.slice(i, i + 500) });
  const entries = registrations.flatMap((r, i) => [0, 1, 2, 3].map((k) => ({ registrationId: r.id, sessionId: `bench-session-${(i + k * 10) % 200}`, status: "confirmed" as const })));
  for (let i = 0; i < entries.length; i += 1000) await db.sessionRegistration.createMany({ data: entries.slice(i, i + 1000) });
  await db.$disconnect();
  return { slug: conference.slug, token };
}

async function main() {
  const databaseUrl = freshSqliteUrl("ics");
  const { prepareDatabase } = await import("../scripts/prepare-db");
  process.env.DATABASE_URL = databaseUrl;
  await prepareDatabase();
  const { slug, token } = await seed(databaseUrl);
  // The cost of building the 200-session feed without the server's cache, in this process.
  const { conferenceFeed } = await import("../lib/calendar/queries");
  const { buildCalendar } = await import("../lib/calendar/ics");
  const feed = (await conferenceFeed(slug))!;
  const t0 = performance.now();
  for (let i = 0; i < 20; i++) buildCalendar({ method: "PUBLISH", name: feed.name, events: feed.events });
  const coldBuildMs = (performance.now() - t0) / 20;
  const server = await startBenchServer({ port: PORT, databaseUrl });
  try {
    const health = await measure("GET /api/health", { url: `${server.url}/api/health`, duration: 10 });
    const conference = await measure("GET /api/conferences/{slug}/calendar.ics (200 sessions)", { url: `${server.url}/api/conferences/${slug}/calendar.ics`, duration: 10 });
    const agenda = await measure("GET /api/agenda/{token}/calendar.ics (5 events)", { url: `${server.url}/api/agenda/${token}/calendar.ics`, duration: 10 });
    const markdown = `${table([health, conference, agenda], health)}\n\nBuilding the 200-session feed from scratch (no cache): ${coldBuildMs.toFixed(1)} ms per feed.`;
    console.log(`\n${markdown}\n`);
    fs.mkdirSync("bench/results", { recursive: true });
    fs.writeFileSync("bench/results/ics.json", JSON.stringify({ at: new Date().toISOString(), health, conference, agenda, coldBuildMs }, null, 2));
    if ([conference, agenda].some((m) => m.errors || m.non2xx)) process.exitCode = 1;
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
