/**
 * The retention job: anonymises the registrations of every conference whose retention period is
 * over, deletes that conference's emails (outbox and development mailbox), and purges what no one
 * needs any more everywhere (content of sent and long-failed mails, expired sign-in tokens and
 * sessions, old Idempotency-Keys, development-mailbox copies). Safe to run again and from several
 * processes: finished conferences carry `anonymisedAt`, anonymised registrations are skipped.
 */
import "server-only";
import { writeAuditLog } from "../audit";
import { db } from "../db";
import { writeTransaction } from "../db-retry";
import { anonymiseRegistration } from "./anonymise-registration";
import { DEV_MAIL_KEEP_DAYS, FAILED_MAIL_KEEP_DAYS, IDEMPOTENCY_KEEP_HOURS, MIN_RETENTION_MONTHS, WEBHOOK_EVENT_KEEP_DAYS, addMonths, isRetentionDue, retentionEndsAt } from "./rules";

export type RetentionReport = {
  dryRun: boolean;
  conferences: { id: string; slug: string; title: string; retentionEndsAt: string; registrations: number; emails: number }[];
  purged: Record<PurgeStep, number>;
};

type PurgeStep = "sentMailContent" | "failedMailContent" | "erasedAttendeeMail" | "devMail" | "verificationTokens" | "authSessions" | "idempotencyKeys" | "webhookEvents";

const BATCH = 50;

export async function runRetention(options: { now?: Date; dryRun?: boolean; conferenceIds?: string[] } = {}): Promise<RetentionReport> {
  const now = options.now ?? new Date();
  const dryRun = options.dryRun ?? false;
  // Every due conference ended at least the shortest period ago; the exact date is the rule's.
  const candidates = await db.conference.findMany({
    where: { anonymisedAt: null, endsAt: { lte: addMonths(now, -MIN_RETENTION_MONTHS) }, ...(options.conferenceIds ? { id: { in: options.conferenceIds } } : {}) },
    select: { id: true, slug: true, title: true, endsAt: true, retentionMonths: true, anonymisedAt: true },
    orderBy: { endsAt: "asc" },
  });
  const report: RetentionReport = { dryRun, conferences: [], purged: {} as RetentionReport["purged"] };
  for (const conference of candidates.filter((c) => isRetentionDue(c, now))) {
    const ids = (await db.registration.findMany({ where: { conferenceId: conference.id, anonymisedAt: null }, select: { id: true }, orderBy: { id: "asc" } })).map((r) => r.id);
    const emails = await db.emailOutbox.count({ where: { conferenceId: conference.id } });
    report.conferences.push({ id: conference.id, slug: conference.slug, title: conference.title, retentionEndsAt: retentionEndsAt(conference).toISOString(), registrations: ids.length, emails });
    if (dryRun) continue;
    for (let i = 0; i < ids.length; i += BATCH) {
      await writeTransaction(async (tx) => {
        for (const id of ids.slice(i, i + BATCH)) await anonymiseRegistration(tx, id, now);
      });
    }
    await writeTransaction(async (tx) => {
      const outboxIds = (await tx.emailOutbox.findMany({ where: { conferenceId: conference.id }, select: { id: true } })).map((e) => e.id);
      await tx.devMailboxMessage.deleteMany({ where: { OR: [{ conferenceId: conference.id }, { outboxId: { in: outboxIds } }] } });
      await tx.emailOutbox.deleteMany({ where: { id: { in: outboxIds } } });
      await tx.conference.update({ where: { id: conference.id }, data: { anonymisedAt: now } });
      await writeAuditLog(tx, { actor: "system", conferenceId: conference.id, entityType: "Conference", entityId: conference.id, action: "conference.anonymise", after: { registrations: ids.length, emails, retentionMonths: conference.retentionMonths } });
    });
  }
  for (const [step, purge] of Object.entries(purges(now))) report.purged[step as PurgeStep] = await purge(dryRun);
  return report;
}

/** Each purge counts what it would touch (dry run) or does it and says how many rows. */
function purges(now: Date): Record<PurgeStep, (dryRun: boolean) => Promise<number>> {
  const failedBefore = new Date(now.getTime() - FAILED_MAIL_KEEP_DAYS * 864e5);
  const devMailBefore = new Date(now.getTime() - DEV_MAIL_KEEP_DAYS * 864e5);
  const idempotentBefore = new Date(now.getTime() - IDEMPOTENCY_KEEP_HOURS * 3_600_000);
  // Webhook bodies stay 30 days for re-sending (retries end after 27½ hours), then go with their deliveries.
  const webhookBefore = { createdAt: { lt: new Date(now.getTime() - WEBHOOK_EVENT_KEEP_DAYS * 864e5) } };
  // Rows the sender marked sent before it dropped payloads carry no subject.
  const sentWithContent = { status: "sent" as const, subject: null };
  const failedLongAgo = { status: "failed" as const, updatedAt: { lt: failedBefore }, subject: null };
  const erasedMail = { status: { in: ["sent" as const, "failed" as const] }, registration: { anonymisedAt: { not: null } } };
  return {
    sentMailContent: (dry) => (dry ? db.emailOutbox.count({ where: sentWithContent }) : db.emailOutbox.updateMany({ where: sentWithContent, data: { payload: {}, subject: "" } }).then((r) => r.count)),
    failedMailContent: (dry) => (dry ? db.emailOutbox.count({ where: failedLongAgo }) : db.emailOutbox.updateMany({ where: failedLongAgo, data: { payload: {}, subject: "" } }).then((r) => r.count)),
    erasedAttendeeMail: (dry) => (dry ? db.emailOutbox.count({ where: erasedMail }) : db.emailOutbox.deleteMany({ where: erasedMail }).then((r) => r.count)),
    devMail: async (dry) => {
      // Old copies, and copies whose outbox row is gone (an erased attendee's last mail).
      const linked = await db.devMailboxMessage.findMany({ where: { outboxId: { not: null } }, select: { id: true, outboxId: true } });
      const existing = new Set((await db.emailOutbox.findMany({ where: { id: { in: linked.map((m) => m.outboxId!) } }, select: { id: true } })).map((e) => e.id));
      const orphans = linked.filter((m) => !existing.has(m.outboxId!)).map((m) => m.id);
      const where = { OR: [{ id: { in: orphans } }, { createdAt: { lt: devMailBefore } }] };
      return dry ? db.devMailboxMessage.count({ where }) : db.devMailboxMessage.deleteMany({ where }).then((r) => r.count);
    },
    verificationTokens: (dry) => (dry ? db.verificationToken.count({ where: { expires: { lt: now } } }) : db.verificationToken.deleteMany({ where: { expires: { lt: now } } }).then((r) => r.count)),
    authSessions: (dry) => (dry ? db.authSession.count({ where: { expires: { lt: now } } }) : db.authSession.deleteMany({ where: { expires: { lt: now } } }).then((r) => r.count)),
    webhookEvents: (dry) => (dry ? db.webhookEvent.count({ where: webhookBefore }) : db.webhookEvent.deleteMany({ where: webhookBefore }).then((r) => r.count)),
    idempotencyKeys: (dry) => (dry ? db.idempotencyKey.count({ where: { createdAt: { lt: idempotentBefore } } }) : db.idempotencyKey.deleteMany({ where: { createdAt: { lt: idempotentBefore } } }).then((r) => r.count)),
  };
}

let timer: NodeJS.Timeout | null = null;

/** Runs the job now and then every PRIVACY_RETENTION_INTERVAL_MINUTES (default 60) until stopped. */
export function startRetentionJob(): void {
  if (timer) return;
  const minutes = Math.max(1, Number(process.env.PRIVACY_RETENTION_INTERVAL_MINUTES || 60));
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const report = await runRetention();
      if (report.conferences.length) console.log(`privacy retention: anonymised ${report.conferences.map((c) => `${c.slug} (${c.registrations})`).join(", ")}`);
    } catch (error) {
      console.error("privacy retention:", error instanceof Error ? error.message : error);
    } finally {
      running = false;
    }
  };
  timer = setInterval(tick, minutes * 60_000);
  timer.unref?.();
  void tick();
}

export function stopRetentionJob(): void {
  if (timer) clearInterval(timer);
  timer = null;
}
