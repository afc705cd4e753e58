// postinstall: generate the Prisma client for SQLite and for PostgreSQL (both are bundled so one
// build serves either database; lib/db.ts picks one from DATABASE_URL at run time).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
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
// The generated client probes the file system relative to process.cwd(); Turbopack then traces the
// whole project and warns on every build. Mark those calls as not to be traced.
for (const dir of ["prisma/generated/sqlite", "prisma/generated/postgres"]) {
  for (const file of ["index.js", "runtime/client.js"]) {
    const target = path.join(dir, file);
    if (!fs.existsSync(target)) continue;
    const code = fs.readFileSync(target, "utf8");
    const patched = code
      .replaceAll("path.join(process.cwd(), ", "path.join(/*turbopackIgnore: true*/ process.cwd(), ")
      .replace(/resolve\(process\.cwd\(\),"\.env\.vault"\);return (\w+)\.existsSync\(t\)/, (_m, fs) =>
        `resolve(process.cwd(),".env.vault");return ${fs}.existsSync(/*turbopackIgnore: true*/ t)`);
    if (patched !== code) fs.writeFileSync(target, patched);
  }
}
console.log("Prisma clients generated (sqlite, postgres).");

// `TAGUNG_DEMO=off npm install && npm start` (the first-run line in the README): the variable only
// reaches the install, so remember the choice for the first `npm start` (scripts/prepare-db.ts).
if (process.env.TAGUNG_DEMO !== undefined) {
  fs.mkdirSync("data", { recursive: true, mode: 0o700 });
  fs.writeFileSync(path.join("data", ".tagung-demo"), `${process.env.TAGUNG_DEMO.trim()}\n`, { mode: 0o600 });
}
