/**
 * Applies pending migrations to the database in DATABASE_URL.
 * SQLite: `prisma migrate deploy`. PostgreSQL: the JS schema engine cannot drive PostgreSQL, so the
 * SQL files in prisma/postgres/migrations are applied here, each in its own transaction, and
 * recorded in Prisma's own `_prisma_migrations` table (same columns, same checksums).
 */
import { execFileSync } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databaseUrl, isPostgres, sqliteUrl } from "../lib/db-url";

const PG_MIGRATIONS = "prisma/postgres/migrations";

export async function migratePostgres(url: string, log = console.log): Promise<string[]> {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: url });
  await client.connect();
  const applied: string[] = [];
  try {
    // Two app instances starting together must not both migrate.
    await client.query("SELECT pg_advisory_lock(727274)");
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ, "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ, "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    const done = await client.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const known = new Map(done.rows.map((r) => [r.migration_name, r.checksum]));
    const names = fs
      .readdirSync(PG_MIGRATIONS, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    for (const name of names) {
      const sql = fs.readFileSync(path.join(PG_MIGRATIONS, name, "migration.sql"), "utf8");
      const checksum = createHash("sha256").update(sql).digest("hex");
      if (known.has(name)) {
        if (known.get(name) !== checksum) log(`warning: migration ${name} was changed after it was applied`);
        continue;
      }
      await client.query("BEGIN");
      try {
        await client.query(sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`,
          [randomUUID(), checksum, name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`migration ${name} failed: ${(error as Error).message}`);
      }
      applied.push(name);
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock(727274)").catch(() => {});
    await client.end();
  }
  log(applied.length ? `Applied ${applied.join(", ")}.` : "PostgreSQL schema is up to date.");
  return applied;
}

export function migrateSqlite(url: string) {
  execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "deploy"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: sqliteUrl(url), PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}

export async function migrate(url = databaseUrl()) {
  if (isPostgres(url)) await migratePostgres(url);
  else migrateSqlite(url);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  migrate().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
