/**
 * `npm run bench:cluster` — the several-instances recipe under load: deploy/local-cluster.sh on a
 * throw-away PostgreSQL database, measured through nginx with two app instances and then with one
 * (same nginx, same database, same build), each figure beside GET /api/health in the same run:
 * health, the conference page, and registrations (new attendee per request, 20 connections).
 * Needs nginx and a PostgreSQL server (CLUSTER_PG_SERVER, default postgresql://postgres@127.0.0.1:5432).
 * Writes bench/results/cluster.json and prints Markdown.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { measure, type Measurement } from "./lib/measure";
import { BENCH_DIST_DIR } from "./lib/server";
import { buildIfNeeded } from "../scripts/build-if-needed";

const PORT = Number(process.env.BENCH_PORT || 3266);
const SERVER = process.env.CLUSTER_PG_SERVER || "postgresql://postgres@127.0.0.1:5432";
const RUN_DIR = path.resolve("bench", ".tmp", "cluster-run");

async function sql(text: string) {
  const client = new pg.Client({ connectionString: `${SERVER}/postgres` });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

function cluster(command: "up" | "down", databaseUrl: string, instances: number) {
  const result = spawnSync("deploy/local-cluster.sh", [command], {
    env: { ...process.env, DATABASE_URL: databaseUrl, CLUSTER_PORT: String(PORT), CLUSTER_RUN_DIR: RUN_DIR, NEXT_DIST_DIR: BENCH_DIST_DIR, INSTANCES: String(instances), RATE_LIMIT: "off", NEXTAUTH_SECRET: "bench-secret" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (result.status !== 0) throw new Error(`local-cluster.sh ${command} failed`);
}

async function run(instances: number, databaseUrl: string): Promise<{ instances: number; rows: Measurement[] }> {
  cluster("up", databaseUrl, instances);
  try {
    const base = `http://127.0.0.1:${PORT}`;
    const list = (await (await fetch(`${base}/api/conferences`)).json()) as { conferences: { slug: string; registrationOpen: boolean }[] };
    const slug = list.conferences.find((c) => c.registrationOpen)!.slug;
    await measure("warm-up", { url: `${base}/conferences/${slug}`, duration: 3 });
    let n = 0;
    const rows = [
      await measure("GET /api/health", { url: `${base}/api/health` }),
      await measure("GET /conferences/{slug}", { url: `${base}/conferences/${slug}` }),
      await measure("POST /api/conferences/{slug}/registrations", {
        url: `${base}/api/conferences/${slug}/registrations`,
        requests: [
          {
            method: "POST",
            headers: { "content-type": "application/json" },
            setupRequest: (req) => ({ ...req, body: JSON.stringify({ name: `Last ${n}`, email: `last-${instances}-${n++}-${Date.now()}@example.org`, consent: true, answers: { role: "kommune" } }) }),
          },
        ],
      }),
    ];
    return { instances, rows };
  } finally {
    cluster("down", databaseUrl, instances);
  }
}

async function main() {
  buildIfNeeded(BENCH_DIST_DIR);
  const name = `tagung_bench_cluster_${Date.now()}`;
  await sql(`CREATE DATABASE ${name}`);
  try {
    const two = await run(2, `${SERVER}/${name}`);
    const one = await run(1, `${SERVER}/${name}`);
    const head = "| request (through nginx) | 2 instances req/s | ratio to health | p99 ms | 1 instance req/s | ratio to health | p99 ms | errors + non-2xx |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";
    const body = two.rows.map((r, i) => {
      const o = one.rows[i];
      return `| ${r.label} | ${r.requestsPerSecond.toFixed(0)} | ${(r.requestsPerSecond / two.rows[0].requestsPerSecond).toFixed(2)} | ${r.p99} | ${o.requestsPerSecond.toFixed(0)} | ${(o.requestsPerSecond / one.rows[0].requestsPerSecond).toFixed(2)} | ${o.p99} | ${r.errors + r.non2xx + o.errors + o.non2xx} |`;
    });
    const markdown = [head, ...body].join("\n");
    console.log(`\n${markdown}\n`);
    fs.mkdirSync("bench/results", { recursive: true });
    fs.writeFileSync("bench/results/cluster.json", JSON.stringify({ at: new Date().toISOString(), two, one }, null, 2));
  } finally {
    await sql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
