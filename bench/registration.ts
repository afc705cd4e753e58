/**
 * `npm run bench:registration` — registrations per second on a production build with SQLite.
 *
 * 1. GET /api/health for 10 s: the baseline (a route with one trivial query).
 * 2. POST registrations for 30 s, every request a new attendee (unique email) choosing one
 *    session without a capacity limit: throughput and server errors.
 * 3. 50 requests/s for 20 s: latency percentiles. autocannon measures each request from the
 *    moment it is sent; at a fixed rate that hides queueing (coordinated omission), so this step
 *    schedules requests itself on a fixed timetable and measures from the scheduled time.
 * Writes bench/results/registration.json and prints a Markdown table for bench/README.md.
 */
import fs from "node:fs";
import { createBenchConference } from "./lib/conference";
import { measure, table } from "./lib/measure";
import { freshSqliteUrl, startBenchServer } from "./lib/server";

const PORT = Number(process.env.BENCH_PORT || 3400);

async function seedConference(databaseUrl: string) {
  process.env.DATABASE_URL = databaseUrl;
  const { db } = await import("../lib/db");
  const conference = await createBenchConference(db, "bench-registration");
  await db.$disconnect();
  return conference;
}

async function fixedRate(url: string, body: (i: number) => string, rate: number, seconds: number) {
  const latencies: number[] = [];
  let errors = 0;
  const start = performance.now();
  const total = rate * seconds;
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const scheduled = start + (i * 1000) / rate;
    const wait = scheduled - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    pending.push(
      fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: body(i) })
        .then(async (res) => {
          await res.arrayBuffer();
          if (res.status >= 500) errors++;
        })
        .catch(() => {
          errors++;
        })
        .finally(() => latencies.push(performance.now() - scheduled)),
    );
  }
  await Promise.all(pending);
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]);
  return { requests: total, errors, p50: pct(50), p90: pct(90), p99: pct(99), max: Math.round(latencies.at(-1)!) };
}

async function main() {
  const databaseUrl = freshSqliteUrl("registration");
  const { prepareDatabase } = await import("../scripts/prepare-db");
  process.env.DATABASE_URL = databaseUrl;
  await prepareDatabase();
  const { slug, sessionId } = await seedConference(databaseUrl);
  const server = await startBenchServer({ port: PORT, databaseUrl });
  try {
    let counter = 0;
    const payload = (i: number) => JSON.stringify({ name: `Bench Person ${i}`, email: `bench-${i}-${Date.now()}@example.org`, consent: true, sessionIds: [sessionId] });
    const health = await measure("GET /api/health", { url: `${server.url}/api/health`, duration: 10 });
    const registrations = await measure("POST /api/conferences/{slug}/registrations", {
      url: `${server.url}/api/conferences/${slug}/registrations`,
      duration: 30,
      connections: 20,
      requests: [{ method: "POST", headers: { "content-type": "application/json" }, setupRequest: (req) => ({ ...req, body: payload(counter++) }) }],
    });
    const steady = await fixedRate(`${server.url}/api/conferences/${slug}/registrations`, (i) => payload(1_000_000 + i), 50, 20);
    const markdown = [
      table([health, registrations], health),
      "",
      `Fixed rate 50 requests/s for 20 s (${steady.requests} registrations, latency from the scheduled send time): p50 ${steady.p50} ms, p90 ${steady.p90} ms, p99 ${steady.p99} ms, max ${steady.max} ms, server errors ${steady.errors}.`,
    ].join("\n");
    console.log(`\n${markdown}\n`);
    fs.mkdirSync("bench/results", { recursive: true });
    fs.writeFileSync("bench/results/registration.json", JSON.stringify({ at: new Date().toISOString(), health, registrations, steady }, null, 2));
    const ok = registrations.errors === 0 && registrations.non2xx === 0 && steady.errors === 0;
    if (!ok) {
      console.error("Server errors or non-2xx responses during the benchmark.");
      process.exitCode = 1;
    }
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
