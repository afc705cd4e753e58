import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { sqliteUrl } from "./lib/db-url";

// The Prisma CLI here only ever talks to SQLite (migrate deploy, db push); PostgreSQL migrations
// are applied by scripts/db-migrate.ts because the JS schema engine cannot drive PostgreSQL.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return new PrismaBetterSQLite3({ url: sqliteUrl() });
  },
});
