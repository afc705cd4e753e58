/**
 * Delivers outbox rows. Several senders (app instances, `npm run mail:worker`) may run at once:
 * each claims a row with a conditional UPDATE, so a row is sent by one sender at a time. A sender
 * that dies after sending but before marking leaves a lease that expires; the row is then sent
 * again with the same Message-ID (at least once — never lost).
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "../db";
import { renderEmail } from "./render";
import { configuredDelivery, mailFrom, type Delivery } from "./transport";

const LEASE_MS = 2 * 60_000;
const FIRST_RETRY_MS = 30_000;
const MAX_RETRY_MS = 30 * 60_000;

/** How long temporary failures are retried before a mail is marked failed (default 6 h, at least 4 h). */
export function retryWindowMs(): number {
  const hours = Number(process.env.MAIL_RETRY_HOURS || 6);
  return Math.max(4, Number.isFinite(hours) ? hours : 6) * 3_600_000;
}

/**
 * The least time a row has spent retrying after `attempts` tries: the sum of the waits scheduled
 * between them. Counting scheduled waits rather than age since creation means a mail queued while
 * no sender ran, or one an organiser sent again, still gets the whole window of retries.
 */
export function retriedForMs(attempts: number): number {
  let total = 0;
  for (let n = 1; n < attempts; n++) total += backoffMs(n);
  return total;
}

/** 30 s, 1 min, 2 min, … capped at 30 min. */
export function backoffMs(attempts: number): number {
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
}

/** SMTP 5xx replies are permanent; connection problems, timeouts and 4xx are worth retrying. */
export function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: number } | null)?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

function describe(error: unknown): string {
  const e = error as { responseCode?: number; response?: string; code?: string; message?: string };
  return [e.responseCode, e.code, e.response ?? e.message].filter(Boolean).join(" ").slice(0, 1000) || String(error);
}

export type DeliveryReport = { sent: number; retried: number; failed: number };

const claimable = (now: Date) => ({
  OR: [
    { status: "pending" as const, nextAttemptAt: { lte: now } },
    { status: "sending" as const, lockedUntil: { lt: now } },
  ],
});

export type DeliverOptions = {
  workerId?: string;
  /** A fixed clock for tests; otherwise each row is claimed and scheduled at the real time. */
  now?: Date;
  limit?: number;
  delivery?: Delivery;
  /** Restricts the run to these rows or this conference (tests, and nothing else). */
  onlyIds?: string[];
  conferenceId?: string;
  leaseMs?: number;
};

export async function deliverPending(options: DeliverOptions = {}): Promise<DeliveryReport> {
  const workerId = options.workerId ?? `sender-${process.pid}`;
  // Read per row: a batch can take minutes (timeouts), and a lease dated from the batch's start
  // could already have run out when a late row is claimed, letting a second sender take it too.
  const clock = () => options.now ?? new Date();
  const leaseMs = options.leaseMs ?? LEASE_MS;
  const delivery = options.delivery ?? configuredDelivery();
  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0 };
  const scope = { ...(options.onlyIds ? { id: { in: options.onlyIds } } : {}), ...(options.conferenceId ? { conferenceId: options.conferenceId } : {}) };
  const candidates = await db.emailOutbox.findMany({ where: { ...claimable(clock()), ...scope }, orderBy: [{ nextAttemptAt: "asc" }, { createdAt: "asc" }, { id: "asc" }], take: options.limit ?? 50, select: { id: true, toAddress: true } });
  // Several recipients at a time: one mail is rendered while others wait for the SMTP server (the
  // transport pools connections). One recipient's mails still go one after another, in order
  // (an invitation before its update or cancellation), and each row is claimed on its own.
  const byRecipient = new Map<string, string[]>();
  for (const c of candidates) byRecipient.set(c.toAddress, [...(byRecipient.get(c.toAddress) ?? []), c.id]);
  const queue = [...byRecipient.values()];
  const worker = async () => {
    for (let ids = queue.shift(); ids !== undefined; ids = queue.shift()) for (const id of ids) await deliverOne(id);
  };
  await Promise.all(Array.from({ length: Math.max(1, Number(process.env.MAIL_CONCURRENCY || 4)) }, worker));
  return report;

  async function deliverOne(id: string) {
    const now = clock();
    const claimed = await db.emailOutbox.updateMany({
      where: { id, ...claimable(now) },
      data: { status: "sending", lockedBy: workerId, lockedUntil: new Date(now.getTime() + leaseMs), attempts: { increment: 1 } },
    });
    if (claimed.count !== 1) return; // another sender got it
    const row = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
    try {
      const message = await renderEmail(row);
      await delivery({ ...message, from: mailFrom() }, { outboxId: row.id, conferenceId: row.conferenceId });
      // Sent: the content (and any sealed link) is no longer needed; the subject stays for the attendee's export.
      await db.emailOutbox.updateMany({ where: { id, lockedBy: workerId }, data: { status: "sent", sentAt: new Date(), lockedBy: null, lockedUntil: null, lastError: null, payload: {}, subject: String(message.subject ?? "") } });
      await forgetIfErased(row);
      report.sent++;
    } catch (error) {
      const expired = retriedForMs(row.attempts) >= retryWindowMs();
      if (isPermanent(error) || expired) {
        await db.emailOutbox.updateMany({ where: { id, lockedBy: workerId }, data: { status: "failed", lockedBy: null, lockedUntil: null, lastError: (expired && !isPermanent(error) ? "gave up after retrying: " : "") + describe(error) } });
        await forgetIfErased(row);
        report.failed++;
      } else {
        await db.emailOutbox.updateMany({
          where: { id, lockedBy: workerId },
          data: { status: "pending", lockedBy: null, lockedUntil: null, nextAttemptAt: new Date(clock().getTime() + backoffMs(row.attempts)), lastError: describe(error) },
        });
        report.retried++;
      }
    }
  }
}

/**
 * The last mail to an erased attendee (their cancellation) is the only row that may still name
 * them; once it has gone out (or failed for good) it is deleted. The development mailbox copy goes
 * with the retention job's next run (it deletes copies whose outbox row is gone).
 */
async function forgetIfErased(row: { id: string; registrationId: string | null }) {
  if (!row.registrationId) return;
  const registration = await db.registration.findUnique({ where: { id: row.registrationId }, select: { anonymisedAt: true } });
  if (registration?.anonymisedAt) await db.emailOutbox.deleteMany({ where: { id: row.id, status: { in: ["sent", "failed"] } } });
}

let timer: NodeJS.Timeout | null = null;
let running = false;

/** Polls the outbox every MAIL_POLL_MS (default 2 s) until stopped. */
export function startMailSender(workerId = `sender-${process.pid}-${randomUUID().slice(0, 6)}`): void {
  if (timer) return;
  const interval = Number(process.env.MAIL_POLL_MS || 2000);
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      for (;;) {
        const report = await deliverPending({ workerId });
        if (report.sent + report.retried + report.failed < 50) break;
      }
    } catch (error) {
      console.error("mail sender:", error instanceof Error ? error.message : error);
    } finally {
      running = false;
    }
  };
  timer = setInterval(tick, interval);
  timer.unref?.();
  void tick();
}

export function stopMailSender(): void {
  if (timer) clearInterval(timer);
  timer = null;
}
