/**
 * The several-instances recipe, for real: deploy/local-cluster.sh starts nginx in front of two app
 * processes on one PostgreSQL database plus a mail worker. A burst of registrations goes through
 * nginx; one app process is killed (SIGKILL) mid-burst. Afterwards every registration that was
 * acknowledged (201) is in the database as acknowledged, and no session holds more seats than it has.
 *
 * Skipped where nginx is not installed (REQUIRE_NGINX=1, as in .ci/run, makes that a failure) or no
 * PostgreSQL server answers (CLUSTER_PG_SERVER, default postgresql://postgres@127.0.0.1:5432). Ports: CLUSTER_PORT (default E2E_PORT + 6) and the two after it.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { E2E_PORT } from "./helpers/server";

const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => fs.existsSync(p));
const CLUSTER_PORT = Number(process.env.CLUSTER_PORT || E2E_PORT + 6);
const RUN_DIR = path.resolve("test-results", "cluster-run");
const e2eDatabase = process.env.E2E_DATABASE_URL ?? "";
const SERVER_URL = e2eDatabase.startsWith("postgres") ? e2eDatabase.replace(/\/[^/?]*(\?.*)?$/, "") : process.env.CLUSTER_PG_SERVER || "postgresql://postgres@127.0.0.1:5432";

/** Missing nginx fails under REQUIRE_NGINX; a missing PostgreSQL server only when the browser tests themselves run on one. */
function unavailable(reason: string, required: boolean): void {
  if (required) throw new Error(`cluster: ${reason}`);
  test.skip(true, `${reason}; set REQUIRE_NGINX=1 to make a missing nginx a failure`);
}

async function pgAnswers(): Promise<boolean> {
  const client = new pg.Client({ connectionString: `${SERVER_URL}/postgres` });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function sql<T extends pg.QueryResultRow>(databaseUrl: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

function cluster(command: "up" | "down", databaseUrl: string) {
  const result = spawnSync("deploy/local-cluster.sh", [command], {
    // Every request comes from 127.0.0.1 through nginx: the per-IP registration limit would refuse the burst.
    env: { ...process.env, DATABASE_URL: databaseUrl, CLUSTER_PORT: String(CLUSTER_PORT), CLUSTER_RUN_DIR: RUN_DIR, NEXT_DIST_DIR: ".next-test", NEXTAUTH_SECRET: "cluster-test-secret", SMTP_URL: "", RATE_LIMIT: "off" },
    encoding: "utf8",
    timeout: 600_000,
  });
  if (result.status !== 0) throw new Error(`local-cluster.sh ${command} failed:\n${result.stdout}\n${result.stderr}`);
}

test("two instances behind nginx: an app process killed mid-burst loses no acknowledged registration and overbooks no seat", async () => {
  test.setTimeout(900_000);
  if (!NGINX) return unavailable("nginx is not installed", Boolean(process.env.REQUIRE_NGINX));
  if (!(await pgAnswers())) return unavailable(`no PostgreSQL server at ${SERVER_URL}`, e2eDatabase.startsWith("postgres"));
  const name = `tagung_cluster_${Date.now()}`;
  const databaseUrl = `${SERVER_URL}/${name}`;
  await sql(`${SERVER_URL}/postgres`, `CREATE DATABASE ${name}`);
  try {
    cluster("up", databaseUrl);
    const base = `http://127.0.0.1:${CLUSTER_PORT}`;
    // The demo conference (seeded into the new database) and its smallest session.
    const list = (await (await fetch(`${base}/api/conferences`)).json()) as { slug: string; registrationOpen?: boolean }[] | { conferences: { slug: string; registrationOpen?: boolean }[] };
    const conferences = Array.isArray(list) ? list : list.conferences;
    const slug = conferences.find((c) => c.registrationOpen)?.slug;
    expect(slug, "an open demo conference").toBeTruthy();
    const detail = (await (await fetch(`${base}/api/conferences/${slug}`)).json()) as { sessions: { id: string; capacity: number | null }[] };
    const session = detail.sessions.filter((s) => s.capacity !== null).sort((a, b) => a.capacity! - b.capacity!)[0];

    const appPid = Number(fs.readFileSync(path.join(RUN_DIR, "app-1.pid"), "utf8"));
    const acknowledged: { id: string; status: string; session: string; after: boolean }[] = [];
    let killed = false;
    let failed = 0;
    let next = 0;
    const TOTAL = 160;
    const worker = async () => {
      while (next < TOTAL) {
        const i = next++;
        if (!killed && acknowledged.length >= 40) {
          killed = true;
          process.kill(appPid, "SIGKILL");
        }
        const response = await fetch(`${base}/api/conferences/${slug}/registrations`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ name: `Cluster ${i}`, email: `cluster-${i}-${name}@example.org`, consent: true, answers: { role: "kommune" }, sessionIds: [session.id] }),
        }).catch(() => null);
        // A body cut off by the kill ("other side closed") never reached the client: not acknowledged.
        const body = response?.status === 201 ? ((await response.json().catch(() => null)) as { id: string; status: string; sessions: { id: string; status: string }[] } | null) : null;
        if (body) acknowledged.push({ id: body.id, status: body.status, session: body.sessions[0].status, after: killed });
        else {
          failed++;
          await response?.arrayBuffer().catch(() => {});
        }
      }
    };
    await Promise.all(Array.from({ length: 10 }, worker));
    expect(killed).toBe(true);
    // The other instance went on taking registrations after the kill.
    expect(acknowledged.filter((a) => a.after).length).toBeGreaterThan(0);
    expect(acknowledged.length + failed).toBe(TOTAL);

    const rows = await sql<{ id: string; status: string; entry: string }>(
      databaseUrl,
      `SELECT r.id, r.status, sr.status AS entry FROM "Registration" r JOIN "SessionRegistration" sr ON sr."registrationId" = r.id AND sr."sessionId" = $1 WHERE r.id = ANY($2)`,
      [session.id, acknowledged.map((a) => a.id)],
    );
    const stored = new Map(rows.map((r) => [r.id, r]));
    for (const a of acknowledged) expect(stored.get(a.id), `registration ${a.id}`).toMatchObject({ status: a.status, entry: a.session });

    const [seats] = await sql<{ capacity: number; seatsTaken: number; confirmed: string }>(
      databaseUrl,
      `SELECT s.capacity, s."seatsTaken", (SELECT count(*) FROM "SessionRegistration" sr WHERE sr."sessionId" = s.id AND sr.status = 'confirmed') AS confirmed FROM "Session" s WHERE s.id = $1`,
      [session.id],
    );
    expect(seats.seatsTaken).toBeLessThanOrEqual(seats.capacity);
    expect(Number(seats.confirmed)).toBe(seats.seatsTaken);
    expect(acknowledged.filter((a) => a.session === "confirmed").length).toBeLessThanOrEqual(seats.capacity);
  } finally {
    try {
      cluster("down", databaseUrl);
    } finally {
      await sql(`${SERVER_URL}/postgres`, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    }
  }
});
