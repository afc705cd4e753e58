/**
 * The webhook worker. Like the mail sender (lib/mail/sender.ts): several workers (app processes,
 * `npm run webhooks:worker`) may run at once; each claims a delivery with a conditional UPDATE and a
 * lease, so one attempt is in flight per delivery; a worker that dies mid-attempt leaves a lease
 * that expires and the delivery is tried again (at least once; receivers dedupe on webhook-id).
 *
 * Retries follow the Standard Webhooks schedule — 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h after
 * the first attempt, 27½ h in all — then the delivery is failed. An endpoint whose attempts have
 * all failed for 24 hours is switched off, its organising owners are emailed (outbox) and the
 * change log says so.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { writeAuditLog } from "../audit";
import { db } from "../db";
import { writeTransaction } from "../db-retry";
import { appUrl } from "../http";
import { enqueueEmail } from "../mail/enqueue";
import { unseal } from "../mail/sealed";
import { networkPolicy, type NetworkPolicy, type Resolver } from "./network";
import { postWebhook, type Poster } from "./post";
import { signatureHeaders } from "./signature";

/** Waits after the 1st, 2nd, … failed attempt; after the last one the delivery is failed. */
export const RETRY_DELAYS_MS = [5_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 5 * 3_600_000, 10 * 3_600_000, 10 * 3_600_000];
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
/** An endpoint failing this long without one success is switched off. */
export const DISABLE_AFTER_MS = 24 * 3_600_000;
const LEASE_MS = 2 * 60_000;
const RESPONSE_SNIPPET = 500;

export function timeoutMs(): number {
  const value = Number(process.env.WEBHOOKS_TIMEOUT_MS || 10_000);
  return Number.isFinite(value) && value > 0 ? value : 10_000;
}

export type WebhookReport = { delivered: number; retried: number; failed: number; disabled: number };

export type DeliverWebhooksOptions = {
  workerId?: string;
  /** A fixed clock for tests; otherwise the real time, read per delivery. */
  now?: Date;
  limit?: number;
  policy?: NetworkPolicy;
  resolver?: Resolver;
  post?: Poster;
  timeoutMs?: number;
  leaseMs?: number;
  /** Restricts the run to one conference (tests). */
  conferenceId?: string;
};

const claimable = (now: Date) => ({
  OR: [
    { status: "pending" as const, nextAttemptAt: { lte: now }, endpoint: { enabled: true } },
    { status: "sending" as const, lockedUntil: { lt: now } },
  ],
});

function describe(error: unknown): string {
  const e = error as { code?: string; message?: string };
  return [e.code, e.message].filter(Boolean).join(": ").slice(0, RESPONSE_SNIPPET) || String(error);
}

export async function deliverWebhooks(options: DeliverWebhooksOptions = {}): Promise<WebhookReport> {
  const workerId = options.workerId ?? `webhooks-${process.pid}`;
  const clock = () => options.now ?? new Date();
  const policy = options.policy ?? networkPolicy();
  const post = options.post ?? postWebhook;
  const report: WebhookReport = { delivered: 0, retried: 0, failed: 0, disabled: 0 };
  const scope = options.conferenceId ? { event: { conferenceId: options.conferenceId } } : {};
  const candidates = await db.webhookDelivery.findMany({
    where: { ...claimable(clock()), ...scope },
    orderBy: [{ nextAttemptAt: "asc" }, { createdAt: "asc" }],
    take: options.limit ?? 50,
    select: { id: true },
  });
  for (const { id } of candidates) {
    const now = clock();
    const claimed = await db.webhookDelivery.updateMany({
      where: { id, ...claimable(now) },
      data: { status: "sending", lockedBy: workerId, lockedUntil: new Date(now.getTime() + (options.leaseMs ?? LEASE_MS)), attempts: { increment: 1 }, lastAttemptAt: now },
    });
    if (claimed.count !== 1) continue;
    const delivery = await db.webhookDelivery.findUniqueOrThrow({ where: { id }, include: { event: true, endpoint: true } });
    const body = JSON.stringify(delivery.event.payload);
    let status: number | null = null;
    let response: string;
    try {
      const headers = signatureHeaders(unseal(delivery.endpoint.secretSealed), delivery.event.id, Math.floor(now.getTime() / 1000), body);
      const result = await post(delivery.endpoint.url, body, headers, { policy, resolver: options.resolver, timeoutMs: options.timeoutMs ?? timeoutMs(), maxBytes: 4096 });
      status = result.status;
      response = result.body.slice(0, RESPONSE_SNIPPET);
    } catch (error) {
      response = describe(error);
    }
    const ok = status !== null && status >= 200 && status < 300;
    if (ok) {
      await db.$transaction([
        db.webhookDelivery.updateMany({ where: { id, lockedBy: workerId }, data: { status: "delivered", deliveredAt: clock(), lockedBy: null, lockedUntil: null, lastStatus: status, lastResponse: response } }),
        db.webhookEndpoint.updateMany({ where: { id: delivery.endpointId, failingSince: { not: null } }, data: { failingSince: null } }),
      ]);
      report.delivered++;
      continue;
    }
    if (status !== null && status >= 300 && status < 400) response = `redirect not followed${response ? `: ${response}` : ""}`.slice(0, RESPONSE_SNIPPET);
    const last = delivery.attempts >= MAX_ATTEMPTS;
    await db.webhookDelivery.updateMany({
      where: { id, lockedBy: workerId },
      data: last
        ? { status: "failed", lockedBy: null, lockedUntil: null, lastStatus: status, lastResponse: response }
        : { status: "pending", lockedBy: null, lockedUntil: null, lastStatus: status, lastResponse: response, nextAttemptAt: new Date(clock().getTime() + RETRY_DELAYS_MS[delivery.attempts - 1]) },
    });
    if (last) report.failed++;
    else report.retried++;
    if (await noteFailure(delivery.endpointId, now)) report.disabled++;
  }
  return report;
}

/** Records that the endpoint failed; switches it off after a day of nothing but failures. */
async function noteFailure(endpointId: string, now: Date): Promise<boolean> {
  await db.webhookEndpoint.updateMany({ where: { id: endpointId, failingSince: null }, data: { failingSince: now } });
  return writeTransaction(async (tx) => {
    const { count } = await tx.webhookEndpoint.updateMany({
      where: { id: endpointId, enabled: true, failingSince: { lte: new Date(now.getTime() - DISABLE_AFTER_MS) } },
      data: { enabled: false, disabledAt: now, disabledReason: "failing" },
    });
    if (count === 0) return false;
    const endpoint = await tx.webhookEndpoint.findUniqueOrThrow({
      where: { id: endpointId },
      include: { conference: { include: { hosts: { where: { role: { in: ["organiser", "co_organiser"] } }, orderBy: { position: "asc" }, include: { host: { include: { memberships: { where: { role: "owner" }, include: { user: true } } } } } } } } },
    });
    const conference = endpoint.conference;
    await writeAuditLog(tx, {
      actor: "system",
      conferenceId: conference.id,
      entityType: "WebhookEndpoint",
      entityId: endpoint.id,
      action: "webhook.disable",
      before: { enabled: true },
      after: { enabled: false, reason: "failing", url: endpoint.url, failingSince: endpoint.failingSince?.toISOString() ?? null },
    });
    const owners = new Map(conference.hosts.flatMap((h) => h.host.memberships.map((m) => [m.user.email, m.user] as const)));
    for (const owner of owners.values()) {
      const locale = owner.locale === "en" ? "en" : "de";
      await enqueueEmail(tx, {
        kind: "webhook-disabled",
        to: owner.email,
        toName: owner.name,
        locale,
        conferenceId: conference.id,
        payload: {
          conferenceTitle: conference.title,
          hosts: conference.hosts.map((h) => h.host.name),
          endpointUrl: endpoint.url,
          failingSince: (endpoint.failingSince ?? now).toISOString(),
          timeZone: conference.timeZone,
          pageUrl: `${appUrl()}${locale === "en" ? "/en" : ""}/organiser/conferences/${conference.id}/webhooks`,
        },
      });
    }
    return true;
  });
}

let timer: NodeJS.Timeout | null = null;
let running = false;

/** Polls every WEBHOOKS_POLL_MS (default 2 s) until stopped. */
export function startWebhookWorker(workerId = `webhooks-${process.pid}-${randomUUID().slice(0, 6)}`): void {
  if (timer) return;
  const interval = Number(process.env.WEBHOOKS_POLL_MS || 2000);
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      for (;;) {
        const r = await deliverWebhooks({ workerId });
        if (r.delivered + r.retried + r.failed < 50) break;
      }
    } catch (error) {
      console.error("webhook worker:", error instanceof Error ? error.message : error);
    } finally {
      running = false;
    }
  };
  timer = setInterval(tick, interval);
  timer.unref?.();
  void tick();
}

export function stopWebhookWorker(): void {
  if (timer) clearInterval(timer);
  timer = null;
}
