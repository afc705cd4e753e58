// postinstall: generate the Prisma client for SQLite and for PostgreSQL (both are bundled so one
// build serves either database; lib/db.ts picks one from DATABASE_URL at run time).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { SQLITE_SCHEMA, POSTGRES_SCHEMA } from "./prisma-variants.mjs";
import { PATCHES, patchGeneratedFile } from "./prisma-patch.mjs";

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
// Patch the generated code (scripts/prisma-patch.mjs); a patch that no longer applies fails the install.
for (const dir of ["prisma/generated/sqlite", "prisma/generated/postgres"]) {
  for (const file of Object.keys(PATCHES)) {
    const target = path.join(dir, file);
    if (!fs.existsSync(target)) {
      console.error(`Prisma client file ${target} is missing: the generated layout changed; adjust scripts/prisma-patch.mjs.`);
      process.exit(1);
    }
    const code = fs.readFileSync(target, "utf8");
    let patched;
    try {
      patched = patchGeneratedFile(file, code);
    } catch (error) {
      console.error(String(error instanceof Error ? error.message : error));
      process.exit(1);
    }
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
