/**
 * The server the browser tests run against: a production build (dist dir .next-test), a fresh
 * database seeded with the demo conference, the dev mailbox on (key E2E_MAILBOX_KEY), mail polled quickly.
 * Playwright starts it (playwright.config.ts, webServer) and stops it afterwards.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import { isPostgres, sqliteFile } from "../lib/db-url";
import { buildIfNeeded } from "./build-if-needed";
import { serverCommand, serverEnv } from "./server-env";
import { E2E_MAILBOX_KEY } from "../tests/e2e/helpers/server";

async function main() {
  const port = Number(process.env.E2E_PORT || 3200);
  const url = process.env.E2E_DATABASE_URL || "file:./tests/.tmp/e2e.db";
  process.env.DATABASE_URL = url;
  if (!isPostgres(url)) {
    const file = sqliteFile(url);
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  }
  const { prepareDatabase } = await import("./prepare-db");
  // The browser tests need the demo, whatever TAGUNG_DEMO or data/.tagung-demo say.
  await prepareDatabase({ seedIfEmpty: true });
  buildIfNeeded(process.env.NEXT_DIST_DIR || ".next-test");
  const env = serverEnv(port, {
    ...process.env,
    NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || ".next-test",
    DATABASE_URL: url,
    DEV_MAILBOX: "1",
    // A known key, so that the browser tests can open the mailbox (tests/e2e/helpers/mailbox.ts).
    DEV_MAILBOX_KEY: E2E_MAILBOX_KEY,
    MAIL_POLL_MS: process.env.MAIL_POLL_MS || "250",
    // Session updates wait for further changes before they are sent (3 minutes by default); a second here.
    CALENDAR_UPDATE_DELAY_SECONDS: process.env.CALENDAR_UPDATE_DELAY_SECONDS || "1",
    // Browser tests register many attendees from one address; the limits themselves are tested elsewhere.
    RATE_LIMIT_REGISTRATIONS_PER_IP: process.env.RATE_LIMIT_REGISTRATIONS_PER_IP || "1000",
    // The webhook browser test's receiver listens on loopback over http; deliveries polled quickly.
    WEBHOOKS_ALLOW_HTTP_LOOPBACK: "1",
    WEBHOOKS_POLL_MS: process.env.WEBHOOKS_POLL_MS || "250",
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || "e2e-secret-not-for-production",
  });
  const [command, args] = serverCommand(port);
  const child = spawn(command, args, { stdio: "inherit", env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
