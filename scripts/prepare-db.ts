/**
 * Brings the database in DATABASE_URL up to date and fills an empty one with the demo conference,
 * unless TAGUNG_DEMO=off (a real organisation's first run: then it stays empty and
 * `npm run admin:create` makes the first administrator).
 * Used by `npm start`, `npm run dev` and the browser tests' server.
 */
import fs from "node:fs";
import path from "node:path";
import { databaseUrl, isPostgres } from "../lib/db-url";
import { migrate } from "./db-migrate";

/**
 * TAGUNG_DEMO=off (also 0, false, no) turns the demo seed off. Without the variable, the value
 * `npm install` saw is used (data/.tagung-demo, written by scripts/prisma-generate.mjs), so that
 * `TAGUNG_DEMO=off npm install && npm start` starts empty.
 */
export function demoWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  const remembered = path.resolve("data", ".tagung-demo");
  const value = env.TAGUNG_DEMO ?? (fs.existsSync(remembered) ? fs.readFileSync(remembered, "utf8") : "");
  return !["off", "0", "false", "no"].includes(value.trim().toLowerCase());
}

export async function prepareDatabase({ seedIfEmpty = demoWanted() } = {}) {
  const url = databaseUrl();
  await migrate(url);
  // Imported after migrating: lib/db opens the database on import.
  const { isEmpty, seed } = await import("../prisma/seed");
  const { db } = await import("../lib/db");
  if (seedIfEmpty && (await isEmpty())) {
    await seed();
    console.log("Database was empty: demo conference seeded (TAGUNG_DEMO=off starts empty; npm run demo:remove deletes it).");
  } else if (!seedIfEmpty && (await isEmpty())) {
    console.log("Database is empty (TAGUNG_DEMO=off). Create the first administrator: npm run admin:create -- --email you@example.org");
  }
  await db.$disconnect();
  console.log(`Database ready (${isPostgres(url) ? "PostgreSQL" : url}).`);
}

if (process.argv[1]?.endsWith("prepare-db.ts")) {
  prepareDatabase().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
