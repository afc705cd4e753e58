// The PostgreSQL schema is the SQLite schema with another provider and client output.
// Shared by scripts/new-migration.ts, scripts/prisma-generate.mjs and a unit test that keeps them in step.
import fs from "node:fs";

export const SQLITE_SCHEMA = "prisma/schema.prisma";
export const POSTGRES_SCHEMA = "prisma/postgres/schema.prisma";

export function toPostgresSchema(sqliteSchema) {
  const out = sqliteSchema
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('output          = "./generated/sqlite"', 'output          = "../generated/postgres"')
    .replace(
      /^\/\/ Tagung data model\..*\n\/\/.*\n/m,
      "// GENERATED from prisma/schema.prisma by `npm run db:new-migration`. Do not edit.\n",
    );
  if (!out.includes('provider = "postgresql"') || !out.includes("../generated/postgres")) {
    throw new Error("prisma/schema.prisma no longer has the datasource/generator lines this script rewrites");
  }
  return out;
}

export function writePostgresSchema() {
  const text = toPostgresSchema(fs.readFileSync(SQLITE_SCHEMA, "utf8"));
  fs.mkdirSync("prisma/postgres", { recursive: true });
  fs.writeFileSync(POSTGRES_SCHEMA, text);
  return text;
}
