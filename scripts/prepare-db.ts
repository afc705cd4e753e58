/**
 * Brings the database in DATABASE_URL up to date and fills an empty one with the demo conference.
 * Used by `npm start`, `npm run dev` and the browser tests' server.
 */
import { databaseUrl, isPostgres } from "../lib/db-url";
import { migrate } from "./db-migrate";

export async function prepareDatabase({ seedIfEmpty = true } = {}) {
  const url = databaseUrl();
  await migrate(url);
  // Imported after migrating: lib/db opens the database on import.
  const { isEmpty, seed } = await import("../prisma/seed");
  const { db } = await import("../lib/db");
  if (seedIfEmpty && (await isEmpty())) {
    await seed();
    console.log("Database was empty: demo conference seeded.");
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
