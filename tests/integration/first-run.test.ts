/**
 * `npm start`'s database step (scripts/prepare-db.ts) on a fresh SQLite file: the demo by default,
 * nothing with TAGUNG_DEMO=off. Runs the real script in a child process, as `npm start` does.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/prisma/generated/sqlite";
import { uniq } from "../helpers/fixtures";

const files: string[] = [];
afterAll(() => {
  for (const file of files) for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
});

async function firstRun(demo: string | undefined) {
  const file = path.join("tests", ".tmp", `${uniq("first-run")}.db`);
  files.push(file);
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: `file:./${file}` };
  delete env.TAGUNG_DEMO;
  if (demo !== undefined) env.TAGUNG_DEMO = demo;
  const output = execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--tsconfig=tsconfig.scripts.json", "scripts/prepare-db.ts"], { env, encoding: "utf8" });
  const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${path.resolve(file)}` }) });
  try {
    const [conferences, hosts, users, registrations] = await Promise.all([client.conference.count(), client.host.count(), client.user.count(), client.registration.count()]);
    return { output, counts: { conferences, hosts, users, registrations } };
  } finally {
    await client.$disconnect();
  }
}

describe("first run", () => {
  it("seeds the demo conference into an empty database by default", async () => {
    const { counts, output } = await firstRun(undefined);
    expect(counts.conferences).toBe(2);
    expect(counts.hosts).toBe(3);
    expect(counts.users).toBe(6);
    expect(output).toContain("demo conference seeded");
  });

  it("TAGUNG_DEMO=off migrates but seeds nothing, and says how to create the first administrator", async () => {
    const { counts, output } = await firstRun("off");
    expect(counts).toEqual({ conferences: 0, hosts: 0, users: 0, registrations: 0 });
    expect(output).toContain("npm run admin:create");
  });
});
