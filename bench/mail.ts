/**
 * `npm run bench:mail` — does mail keep up with a registration burst? 1,000 registrations (20
 * connections, one session each) against the production server with its in-process mail sender
 * on, delivering to a local SMTP server (tests/helpers/smtp.ts). Reports how long after the burst
 * the last of the outbox's mails arrived, and whether any arrived twice (by Message-ID).
 * Target: every mail within 60 s after the burst, each once. Writes bench/results/mail.json.
 */
import fs from "node:fs";
import autocannon from "autocannon";
import { startSmtp } from "../tests/helpers/smtp";
import { freshSqliteUrl, startBenchServer } from "./lib/server";
import { createBenchConference } from "./lib/conference";

const PORT = Number(process.env.BENCH_PORT || 3265);
const REGISTRATIONS = Number(process.env.BENCH_REGISTRATIONS || 1000);

async function main() {
  const databaseUrl = freshSqliteUrl("mail");
  const { prepareDatabase } = await import("../scripts/prepare-db");
  process.env.DATABASE_URL = databaseUrl;
  await prepareDatabase();
  const { db } = await import("../lib/db");
  const conference = await createBenchConference(db, "bench-mail");
  // Demo mails already in the outbox are not this benchmark's.
  await db.emailOutbox.deleteMany({});
  const smtp = await startSmtp(0, { parse: false });
  const server = await startBenchServer({ port: PORT, databaseUrl, env: { MAIL_SENDER: "on", SMTP_URL: smtp.url, MAIL_POLL_MS: "500" } });
  try {
    let n = 0;
    const burstStart = performance.now();
    const burst = await autocannon({
      url: `${server.url}/api/conferences/${conference.slug}/registrations`,
      connections: 20,
      amount: REGISTRATIONS,
      requests: [
        {
          method: "POST",
          headers: { "content-type": "application/json" },
          setupRequest: (req) => ({ ...req, body: JSON.stringify({ name: `Post ${n}`, email: `post-${n++}@example.org`, consent: true, sessionIds: [conference.sessionId] }) }),
        },
      ],
    });
    const burstSeconds = (performance.now() - burstStart) / 1000;
    const afterBurst = performance.now();
    const expected = await db.emailOutbox.count({ where: { conferenceId: conference.id } });
    const confirmations = await db.emailOutbox.count({ where: { conferenceId: conference.id, kind: "registration-received" } });
    let lastArrival = 0;
    while (smtp.messageIds.length < expected && performance.now() - afterBurst < 180_000) {
      const before = smtp.messageIds.length;
      await new Promise((r) => setTimeout(r, 100));
      if (smtp.messageIds.length > before) lastArrival = performance.now();
    }
    const arrived = smtp.messageIds.length;
    const unique = new Set(smtp.messageIds).size;
    const result = {
      at: new Date().toISOString(),
      registrations: burst.requests.total,
      created: confirmations,
      burstSeconds,
      burstNon2xx: burst.non2xx,
      mails: expected,
      arrived,
      duplicates: arrived - unique,
      secondsAfterBurst: lastArrival ? Math.max(0, (lastArrival - afterBurst) / 1000) : null,
    };
    const line = `${confirmations} registrations in ${burstSeconds.toFixed(1)} s (${burst.non2xx} non-2xx); ${arrived} of ${expected} mails (confirmations and calendar invites) at the SMTP server, the last ${result.secondsAfterBurst?.toFixed(1)} s after the burst; ${result.duplicates} duplicates.`;
    console.log(`\n${line}\n`);
    fs.mkdirSync("bench/results", { recursive: true });
    fs.writeFileSync("bench/results/mail.json", JSON.stringify(result, null, 2));
    if (arrived < expected || result.duplicates > 0 || burst.non2xx > 0) process.exitCode = 1;
  } finally {
    await server.stop();
    await smtp.close();
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
