import path from "node:path";

/** TEST_DATABASE_URL if given (CI sets a throw-away PostgreSQL database), else a fresh SQLite file. */
export function testDatabaseUrl(): string {
  if (process.env.TEST_DATABASE_URL) return process.env.TEST_DATABASE_URL;
  const key = (process.env.TEST_RUN_ID ??= String(Date.now()));
  return `file:${path.join("tests", ".tmp", `integration-${key}.db`)}`;
}
