// postinstall: generate the Prisma client for SQLite and for PostgreSQL (both are bundled so one
// build serves either database; lib/db.ts picks one from DATABASE_URL at run time).
import { execFileSync } from "node:child_process";
import { SQLITE_SCHEMA, POSTGRES_SCHEMA } from "./prisma-variants.mjs";

// Each schema needs a URL of its own provider, or `prisma generate` tries to download an engine.
for (const [schema, url] of [
  [SQLITE_SCHEMA, "file:./data/tagung.db"],
  [POSTGRES_SCHEMA, "postgresql://localhost/tagung"],
]) {
  execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "generate", "--schema", schema], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}
console.log("Prisma clients generated (sqlite, postgres).");
