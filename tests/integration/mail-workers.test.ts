import { spawn, type ChildProcess } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/mail/enqueue";
import { createConference, uniq } from "../helpers/fixtures";
import { startSmtp, type TestSmtp } from "../helpers/smtp";

let smtp: TestSmtp | null = null;
const workers: ChildProcess[] = [];

afterEach(async () => {
  await Promise.all(workers.splice(0).map(stop));
  await smtp?.close();
  smtp = null;
});

/** Starts a worker and resolves once it says it is polling (start-up is slow on a busy machine). */
function startWorker(smtpUrl: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/mail-worker.ts"], {
    env: { ...process.env, TSX_TSCONFIG_PATH: "tsconfig.scripts.json", SMTP_URL: smtpUrl, MAIL_POLL_MS: "100", MAIL_SENDER: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stderr!.on("data", (chunk: Buffer) => process.stderr.write(`[mail worker ${child.pid}] ${chunk}`));
  workers.push(child);
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("Mail worker running")) resolve(child);
    });
    child.once("exit", (code) => reject(new Error(`mail worker exited with ${code} before it started`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

describe("npm run mail:worker", () => {
  it("two worker processes on one database deliver each of 200 mails exactly once", { timeout: 600_000 }, async () => {
    smtp = await startSmtp(0, { parse: false });
    const { conference } = await createConference();
    const ids: string[] = [];
    await db.$transaction(async (tx) => {
      for (let i = 0; i < 200; i++) {
        const payload = { conference: { slug: conference.slug, title: conference.title, startsAt: conference.startsAt.toISOString(), endsAt: conference.endsAt.toISOString(), timeZone: conference.timeZone, venueName: conference.venueName, venueAddress: conference.venueAddress, hosts: ["Host"], url: "http://localhost/c" }, attendeeName: `Person ${i}`, manageUrl: "http://localhost/m" };
        ids.push(await enqueueEmail(tx, { kind: "manage-link", to: `${uniq("w")}@example.org`, locale: "de", payload, conferenceId: conference.id }));
      }
    });
    const rows = await db.emailOutbox.findMany({ where: { id: { in: ids } }, select: { messageId: true } });

    await Promise.all([startWorker(smtp.url), startWorker(smtp.url)]);
    // Wait while the workers make progress; give up only after 60 s in which they claimed nothing
    // at all. Earlier test files leave their mail in this database, and the workers deliver (or
    // retry) that too: every claim counts as progress (on a busy machine they may come to ours last).
    const claims = async () => (await db.emailOutbox.aggregate({ _sum: { attempts: true } }))._sum.attempts ?? 0;
    let sent = 0;
    let claimed = await claims();
    let lastProgress = Date.now();
    while (sent < 200 && Date.now() - lastProgress < 60_000) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      const [ours, all] = await Promise.all([db.emailOutbox.count({ where: { id: { in: ids }, status: "sent" } }), claims()]);
      if (ours > sent || all > claimed) lastProgress = Date.now();
      sent = ours;
      claimed = all;
    }
    // A little longer: a second copy, if there were one, would arrive now.
    await new Promise((resolve) => setTimeout(resolve, 1000));

    expect(await db.emailOutbox.count({ where: { id: { in: ids }, status: "sent" } })).toBe(200);
    const ours = new Set(rows.map((r) => r.messageId));
    const received = smtp.messageIds.filter((id) => ours.has(id));
    expect(received).toHaveLength(200);
    expect(new Set(received).size).toBe(200);
  });
});
