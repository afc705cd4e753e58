/**
 * The database the browser tests' server uses (see scripts/e2e-server.ts). Import this module
 * before anything that imports lib/db: lib/db reads DATABASE_URL when it is first loaded.
 */
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL || "file:./tests/.tmp/e2e.db";
process.env.DATABASE_URL = E2E_DATABASE_URL;
