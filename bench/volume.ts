/**
 * `npm run bench:volume` — Tagung with 100,000 registrations (bench/seed-volume.ts: 3 conferences,
 * 200 sessions) on SQLite:
 * 1. the organiser's attendee list (lib/attendees/list-attendees.ts, first page) with search, filters: p95;
 * 2. the CSV export of all 100,000 rows (three conferences, streamed): time and peak memory;
 * 3. check-in by code (lib/attendees/check-in.ts): p95;
 * 4. registration latency through the production server, one request at a time, against the
 *    big database and against an empty one (same build, same machine, same minute).
 * Steps 1–3 call the use cases in this process (the database work, not page rendering).
 * Writes bench/results/volume.json and prints Markdown.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@prisma/client";
import { seedVolume } from "./seed-volume";
import { freshSqliteUrl, startBenchServer } from "./lib/server";

const PORT = Number(process.env.BENCH_PORT || 3264);

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await work();
  return [performance.now() - start, value];
}

async function seedRegistrationTarget(databaseUrl: string) {
  process.env.DATABASE_URL = databaseUrl;
  const { db } = await import("../lib/db");
  const host = await db.host.create({ data: { slug: `lat-${Date.now()}`, shortName: "LAT", name: "Latenz", contactEmail: "lat@example.org" } });
  const start = new Date(Date.now() + 60 * 864e5);
  const conference = await db.conference.create({
    data: {
      slug: "bench-latency",
      title: "Latenz",
      startsAt: start,
      endsAt: new Date(start.getTime() + 864e5),
      venueName: "B",
      venueAddress: "B",
      status: "published",
      capacity: 1_000_000,
      registrationOpensAt: new Date(Date.now() - 864e5),
      hosts: { create: { hostId: host.id, role: "organiser" } },
      sessions: { create: { hostId: host.id, title: "Plenum", capacity: 1_000_000, startsAt: start, endsAt: new Date(start.getTime() + 36e5), status: "scheduled" } },
    },
    include: { sessions: true },
  });
  return { slug: conference.slug, sessionId: conference.sessions[0].id };
}

/** One registration at a time: the database's share of the latency, not queueing. */
async function sequentialRegistrations(databaseUrl: string, target: { slug: string; sessionId: string }, count: number) {
  const server = await startBenchServer({ port: PORT, databaseUrl });
  try {
    const latencies: number[] = [];
    for (let i = 0; i < count + 20; i++) {
      const [elapsed, response] = await timed(() =>
        fetch(`${server.url}/api/conferences/${target.slug}/registrations`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ name: `Latenz ${i}`, email: `lat-${i}-${Date.now()}@example.org`, consent: true, sessionIds: [target.sessionId] }),
        }),
      );
      if (response.status !== 201) throw new Error(`registration answered ${response.status}`);
      await response.arrayBuffer();
      if (i >= 20) latencies.push(elapsed); // the first 20 warm the server up
    }
    return { p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
  } finally {
    await server.stop();
  }
}

/** The empty database is made in a child process: one Prisma client per process, bound to its file at import. */
function emptyDatabaseElsewhere(databaseUrl: string): { slug: string; sessionId: string } {
  const out = execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--tsconfig=tsconfig.scripts.json", "bench/volume.ts", "--empty", databaseUrl], { encoding: "utf8", env: { ...process.env, DATABASE_URL: databaseUrl } });
  return JSON.parse(out.trim().split("\n").pop()!);
}

async function main() {
  const emptyUrl = freshSqliteUrl("volume-empty");
  const emptyTarget = emptyDatabaseElsewhere(emptyUrl);

  // BENCH_VOLUME_REUSE=1: the database of the previous run (seeding takes minutes), migrated to the current schema.
  const seedFile = path.join("bench", ".tmp", "volume-seed.json");
  const reuse = process.env.BENCH_VOLUME_REUSE === "1" && fs.existsSync(seedFile);
  const databaseUrl = reuse ? "file:./bench/.tmp/volume.db" : freshSqliteUrl("volume");
  process.env.DATABASE_URL = databaseUrl;
  const { prepareDatabase } = await import("../scripts/prepare-db");
  await prepareDatabase();
  const dbModule = await import("../lib/db");
  const [seedMs, seed] = reuse
    ? [0, JSON.parse(fs.readFileSync(seedFile, "utf8")) as Awaited<ReturnType<typeof seedVolume>>]
    : await timed(() => seedVolume(dbModule.db as unknown as PrismaClient));
  fs.writeFileSync(seedFile, JSON.stringify(seed));
  const actor = { userId: seed.organiserId };
  const { listAttendees } = await import("../lib/attendees/list-attendees");
  const { attendeeCsvStream } = await import("../lib/attendees/attendee-csv");
  const { checkInAttendee } = await import("../lib/attendees/check-in");

  // 1. Attendee list: no filter, each status, a search by name, by e-mail, by code, by session.
  const big = seed.conferences[0];
  const filters = [{}, { status: "confirmed" as const }, { status: "waitlisted" as const }, { q: "Müller" }, { q: "person4711" }, { q: seed.codes[3] }, { sessionId: big.sessionIds[5] }, { sessionId: big.sessionIds[9], q: "Anna" }];
  const listTimes: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const filter of filters) listTimes.push((await timed(() => listAttendees({ conferenceId: big.id, actor, filter })))[0]);
  }

  // 2. CSV export of every registration (the three conferences, streamed).
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  let rows = 0;
  let bytes = 0;
  const [exportMs] = await timed(async () => {
    for (const conference of seed.conferences) {
      const { stream } = await attendeeCsvStream({ conferenceId: conference.id, actor }, "de");
      const reader = stream.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        bytes += value.byteLength;
        for (const b of value) if (b === 10) rows++;
        peak = Math.max(peak, process.memoryUsage().rss);
      }
      rows--; // the header line
    }
  });

  // 3. Check-in by code.
  const checkInTimes: number[] = [];
  for (const code of seed.codes.slice(0, 90)) {
    const conference = seed.conferences.find((c) => c.id === (seed.conferences[Number(code.slice(1)) % 3]).id)!;
    checkInTimes.push((await timed(() => checkInAttendee({ conferenceId: conference.id, code, actor }).catch(() => null)))[0]);
  }
  const target = reuse ? { slug: "bench-latency", sessionId: (await dbModule.db.session.findFirstOrThrow({ where: { conference: { slug: "bench-latency" } } })).id } : await seedRegistrationTarget(databaseUrl);
  await dbModule.db.$disconnect();

  // 4. Registration latency: big database vs empty database.
  const onVolume = await sequentialRegistrations(databaseUrl, target, 200);
  const onEmpty = await sequentialRegistrations(emptyUrl, emptyTarget, 200);

  const result = {
    at: new Date().toISOString(),
    seed: { registrations: seed.registrations, seconds: seedMs / 1000 },
    attendeeList: { p50: percentile(listTimes, 50), p95: percentile(listTimes, 95), max: Math.max(...listTimes), runs: listTimes.length },
    csv: { rows, megabytes: bytes / 1e6, seconds: exportMs / 1000, peakRssGrowthMb: (peak - rssBefore) / 1e6 },
    checkIn: { p50: percentile(checkInTimes, 50), p95: percentile(checkInTimes, 95) },
    registration: { volume: onVolume, empty: onEmpty, ratioP50: onVolume.p50 / onEmpty.p50 },
  };
  const markdown = [
    `Seed: ${seed.registrations.toLocaleString("en")} registrations in ${result.seed.seconds.toFixed(1)} s.`,
    "",
    "| measurement | result |",
    "| --- | ---: |",
    `| attendee list, one page of 100 (33,334 registrations; ${filters.length} filters × 5) p50 / p95 | ${ms(result.attendeeList.p50)} / ${ms(result.attendeeList.p95)} |`,
    `| CSV export, ${rows.toLocaleString("en")} rows (${result.csv.megabytes.toFixed(1)} MB) | ${result.csv.seconds.toFixed(1)} s, peak RSS +${result.csv.peakRssGrowthMb.toFixed(0)} MB |`,
    `| check-in by code p50 / p95 | ${ms(result.checkIn.p50)} / ${ms(result.checkIn.p95)} |`,
    `| registration, 100k database, p50 / p95 | ${ms(onVolume.p50)} / ${ms(onVolume.p95)} |`,
    `| registration, empty database, p50 / p95 | ${ms(onEmpty.p50)} / ${ms(onEmpty.p95)} |`,
    `| ratio (p50) | ${result.registration.ratioP50.toFixed(2)} |`,
  ].join("\n");
  console.log(`\n${markdown}\n`);
  fs.mkdirSync("bench/results", { recursive: true });
  fs.writeFileSync("bench/results/volume.json", JSON.stringify(result, null, 2));
}

if (process.argv[2] === "--empty") {
  import("../scripts/prepare-db")
    .then(({ prepareDatabase }) => prepareDatabase())
    .then(() => seedRegistrationTarget(process.argv[3]))
    .then((target) => {
      console.log(JSON.stringify(target));
      process.exit(0);
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
} else {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
