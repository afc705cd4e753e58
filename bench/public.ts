/**
 * `npm run bench:public` — the pages everybody opens when the invitation goes out, on a production
 * build with SQLite: the demo conference after 2,400 registrations (as in issue #15), its
 * conference page (German and English), a session page, `GET /api/conferences/{slug}` and one
 * attendee's agenda feed (plus the same feed answered 304 to a client that holds its ETag).
 * Every figure beside `GET /api/health` in the same run; 20 connections, 10 s each.
 * Also reports the HTML size of the conference page. Writes bench/results/public.json.
 *
 * BENCH_URL=http://127.0.0.1:8080 measures an already running server (e.g. deploy/local-cluster.sh)
 * instead of starting one; BENCH_SLUG then names the conference (default: the demo conference).
 */
import fs from "node:fs";
import { measure, type Measurement } from "./lib/measure";
import { upcomingDemoSlug } from "../prisma/demo-dates";
import { freshSqliteUrl, startBenchServer } from "./lib/server";

const PORT = Number(process.env.BENCH_PORT || 3261);

async function seed(databaseUrl: string, slug: string): Promise<{ sessionId: string; feedToken: string }> {
  process.env.DATABASE_URL = databaseUrl;
  const { db } = await import("../lib/db");
  const { issueToken } = await import("../lib/registrations/link-tokens");
  const conference = await db.conference.findFirstOrThrow({ where: { slug }, include: { sessions: { orderBy: { startsAt: "asc" } } } });
  // Registration open, so the page shows the register button and seat counts as on launch day.
  await db.conference.update({ where: { id: conference.id }, data: { registrationOpensAt: new Date(Date.now() - 864e5), registrationClosesAt: null, capacity: null } });
  const existing = await db.registration.count({ where: { conferenceId: conference.id } });
  const rows = Array.from({ length: Math.max(0, 2400 - existing) }, (_, i) => ({
    id: `bench-public-${i}`,
    conferenceId: conference.id,
    name: `Teilnehmende ${i}`,
    email: `public-${i}@example.org`,
    emailKey: `public-${i}@example.org`,
    status: "confirmed" as const,
    consentAt: new Date(),
    consentVersion: "2026-1",
    checkInCode: `BPUB${i}`,
  }));
  for (let i = 0; i < rows.length; i += 500) await db.registration.createMany({ data: rows.slice(i, i + 500) });
  const first = rows[0]?.id ?? (await db.registration.findFirstOrThrow({ where: { conferenceId: conference.id } })).id;
  const sessionId = conference.sessions[0].id;
  await db.sessionRegistration.createMany({ data: rows.slice(0, 50).map((r) => ({ registrationId: r.id, sessionId, status: "confirmed" as const })) });
  const feedToken = await db.$transaction((tx) => issueToken(tx, first, "feed"));
  await db.$disconnect();
  return { sessionId, feedToken };
}

/** One row per endpoint with the health figure measured just before it (same server, same minute). */
function pairedTable(rows: { row: Measurement; health: Measurement }[]): string {
  const head = "| endpoint | requests/s | health req/s just before | ratio | p50 ms | p99 ms | non-2xx | errors |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";
  const body = rows.map(({ row: r, health: h }) => `| ${r.label} | ${r.requestsPerSecond.toFixed(0)} | ${h.requestsPerSecond.toFixed(0)} | ${(r.requestsPerSecond / h.requestsPerSecond).toFixed(2)} | ${r.p50} | ${r.p99} | ${r.non2xx} | ${r.errors} |`);
  return [head, ...body].join("\n");
}

async function htmlSize(url: string): Promise<number> {
  const response = await fetch(url);
  return (await response.arrayBuffer()).byteLength;
}

async function main() {
  const external = process.env.BENCH_URL;
  const slug = process.env.BENCH_SLUG || upcomingDemoSlug();
  let url: string;
  let sessionId: string;
  let feedToken: string | undefined = process.env.BENCH_FEED_TOKEN;
  let stop = async () => {};
  if (external) {
    url = external.replace(/\/$/, "");
    const detail = (await (await fetch(`${url}/api/conferences/${slug}`)).json()) as { sessions: { id: string }[] };
    sessionId = detail.sessions[0].id;
  } else {
    const databaseUrl = freshSqliteUrl("public");
    const { prepareDatabase } = await import("../scripts/prepare-db");
    process.env.DATABASE_URL = databaseUrl;
    await prepareDatabase();
    ({ sessionId, feedToken } = await seed(databaseUrl, slug));
    const server = await startBenchServer({ port: PORT, databaseUrl });
    url = server.url;
    stop = server.stop;
  }
  try {
    const pageUrl = `${url}/conferences/${slug}`;
    const sizes = { de: await htmlSize(pageUrl), en: await htmlSize(`${url}/en/conferences/${slug}`) };
    // Warm up: the first requests fill the caches and JIT.
    await measure("warm-up", { url: pageUrl, duration: 3 });
    // The machine is shared: every endpoint is measured right after its own health baseline.
    const rows: { row: Measurement; health: Measurement }[] = [];
    const run = async (label: string, options: Parameters<typeof measure>[1]) => {
      const health = await measure("GET /api/health", { url: `${url}/api/health`, duration: 5 });
      rows.push({ row: await measure(label, options), health });
    };
    await run("GET /conferences/{slug} (conference page)", { url: pageUrl });
    await run("GET /en/conferences/{slug}", { url: `${url}/en/conferences/${slug}` });
    await run("GET /conferences/{slug}/sessions/{id}", { url: `${url}/conferences/${slug}/sessions/${sessionId}` });
    await run("GET /api/conferences/{slug}", { url: `${url}/api/conferences/${slug}` });
    if (feedToken) {
      const feedUrl = `${url}/api/agenda/${feedToken}/calendar.ics`;
      await run("GET /api/agenda/{token}/calendar.ics", { url: feedUrl });
      const etag = (await fetch(feedUrl)).headers.get("etag") ?? "";
      await run("… with If-None-Match (304)", { url: feedUrl, headers: { "if-none-match": etag } });
      rows.at(-1)!.row.non2xx = 0; // 304 is the expected answer here
    }
    const markdown = `${pairedTable(rows)}\n\nConference page HTML: ${(sizes.de / 1024).toFixed(1)} KB (German), ${(sizes.en / 1024).toFixed(1)} KB (English).`;
    console.log(`\n${markdown}\n`);
    fs.mkdirSync("bench/results", { recursive: true });
    fs.writeFileSync(`bench/results/public${external ? "-external" : ""}.json`, JSON.stringify({ at: new Date().toISOString(), url, rows, sizes }, null, 2));
    if (rows.some(({ row }) => row.errors || row.non2xx)) process.exitCode = 1;
  } finally {
    await stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
