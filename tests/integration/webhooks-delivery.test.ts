/**
 * End to end through the outbox: a local receiver, an endpoint, a registration, a rescheduled and a
 * cancelled session; the receiver fails for a while (injected clock drives the backoff) and then
 * every event arrives exactly once, signed as the README says.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { cancelRegistration } from "@/lib/registrations/cancel-registration";
import { registerAttendee } from "../helpers/register";
import { cancelSession } from "@/lib/sessions/cancel-session";
import { updateSession } from "@/lib/sessions/update-session";
import { toIsoWithOffset } from "@/lib/time/zoned";
import { createEndpoint } from "@/lib/webhooks/create-endpoint";
import { DISABLE_AFTER_MS, MAX_ATTEMPTS, RETRY_DELAYS_MS, deliverWebhooks } from "@/lib/webhooks/deliver";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";
import { resendDelivery } from "@/lib/webhooks/resend-delivery";
import { webhookPayload } from "@/lib/webhooks/schema";
import { updateEndpoint } from "@/lib/webhooks/update-endpoint";
import { uniq } from "../helpers/fixtures";
import { LOOPBACK_POLICY, startReceiver, webhookScenario } from "../helpers/webhooks";

// The verification example from README.md ("Integrations → Webhooks"), as a receiver would paste it.
function verifyWebhook(secret: string, headers: Record<string, string | undefined>, rawBody: string, now = Date.now(), toleranceSeconds = 300): boolean {
  const id = headers["webhook-id"];
  const timestamp = headers["webhook-timestamp"];
  const signatures = headers["webhook-signature"];
  if (!id || !timestamp || !signatures) return false;
  if (Math.abs(now / 1000 - Number(timestamp)) > toleranceSeconds) return false;
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const expected = createHmac("sha256", key).update(`${id}.${timestamp}.${rawBody}`).digest();
  return signatures.split(" ").some((s) => {
    const [version, sig] = s.split(",");
    const given = Buffer.from(sig ?? "", "base64");
    return version === "v1" && given.length === expected.length && timingSafeEqual(given, expected);
  });
}

let receiver: Awaited<ReturnType<typeof startReceiver>>;
beforeAll(async () => {
  process.env.RATE_LIMIT = "off";
  receiver = await startReceiver();
});
afterAll(() => receiver.close());

const run = (conferenceId: string, now: Date) => deliverWebhooks({ conferenceId, now, policy: LOOPBACK_POLICY, timeoutMs: 5_000 });

describe("webhook delivery", () => {
  it("registers, reschedules and cancels; the receiver fails for a while, then gets every event exactly once, signed", async () => {
    const { conference, owner, session } = await webhookScenario();
    const path = `/${uniq("hook")}`;
    const { secret, id: endpointId } = await createEndpoint({ conferenceId: conference.id, input: { url: receiver.url(path), events: [...WEBHOOK_EVENT_TYPES] }, actor: { userId: owner.id }, policy: LOOPBACK_POLICY });
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const stored = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } });
    expect(stored.secretSealed).not.toContain(secret.slice(6)); // sealed at rest

    const registered = await registerAttendee({ conferenceSlug: conference.slug, input: { name: "Jörg Müller", email: `${uniq("j")}@example.org`, consent: true, sessionIds: [session.id] } });
    await updateSession({ sessionId: session.id, actor: { userId: owner.id }, changes: { startsAt: new Date(session.startsAt.getTime() + 36e5), endsAt: new Date(session.endsAt.getTime() + 36e5) } });
    await cancelSession({ sessionId: session.id, actor: { userId: owner.id } });
    await cancelRegistration({ registrationId: registered.registration.id, actor: "attendee" });

    const events = await db.webhookEvent.findMany({ where: { conferenceId: conference.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.type)).toEqual(["registration.created", "session.changed", "session.cancelled", "registration.cancelled"]);

    const mine = () => receiver.received.filter((r) => r.path === path);
    const t0 = new Date(Date.now() + 1000);
    receiver.state.answer = (r) => (r.path === path ? { status: 503, body: "down for maintenance" } : { status: 204 });
    expect(await run(conference.id, t0)).toMatchObject({ delivered: 0, retried: 4 });
    // Not yet due: the first retry waits 5 s.
    expect(await run(conference.id, new Date(t0.getTime() + 4_000))).toMatchObject({ delivered: 0, retried: 0 });
    const t1 = new Date(t0.getTime() + RETRY_DELAYS_MS[0]);
    expect(await run(conference.id, t1)).toMatchObject({ delivered: 0, retried: 4 });
    const failing = await db.webhookDelivery.findMany({ where: { endpointId } });
    expect(failing.every((d) => d.status === "pending" && d.attempts === 2 && d.lastStatus === 503 && d.lastResponse === "down for maintenance")).toBe(true);
    expect((await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } })).failingSince).toEqual(t0);

    receiver.state.answer = () => ({ status: 200, body: "ok" });
    expect(await run(conference.id, new Date(t1.getTime() + RETRY_DELAYS_MS[1] - 1))).toMatchObject({ delivered: 0 });
    const t2 = new Date(t1.getTime() + RETRY_DELAYS_MS[1]);
    expect(await run(conference.id, t2)).toMatchObject({ delivered: 4, retried: 0 });
    // Nothing more, however long we wait.
    expect(await run(conference.id, new Date(t2.getTime() + 3 * 864e5))).toMatchObject({ delivered: 0, retried: 0, failed: 0 });

    const accepted = receiver.accepted().filter((r) => r.path === path);
    expect(accepted.map((r) => r.headers["webhook-id"]).sort()).toEqual(events.map((e) => e.id).sort());
    expect(mine()).toHaveLength(12); // 2 failed rounds + 1 accepted, for 4 events
    for (const r of mine()) {
      const at = Number(r.headers["webhook-timestamp"]) * 1000;
      expect([t0, t1, t2].map((t) => Math.floor(t.getTime() / 1000) * 1000)).toContain(at);
      expect(verifyWebhook(secret, r.headers, r.body, at)).toBe(true);
      expect(verifyWebhook(secret, r.headers, r.body + " ", at)).toBe(false);
      expect(verifyWebhook("whsec_" + Buffer.alloc(32, 1).toString("base64"), r.headers, r.body, at)).toBe(false);
      expect(verifyWebhook(secret, r.headers, r.body, at + 10 * 60_000)).toBe(false); // replayed later
      expect(r.headers["content-type"]).toBe("application/json");
    }
    // Same id and body on every attempt; the body is the stored payload and matches the documented schema.
    for (const e of events) {
      const bodies = new Set(mine().filter((r) => r.headers["webhook-id"] === e.id).map((r) => r.body));
      expect(bodies.size).toBe(1);
      const body = JSON.parse([...bodies][0]);
      expect(body).toEqual(e.payload);
      expect(body.id).toBe(e.id);
      expect(webhookPayload.safeParse(body).success).toBe(true);
    }
    const byType = Object.fromEntries(accepted.map((r) => [JSON.parse(r.body).type, JSON.parse(r.body)]));
    expect(byType["registration.created"].data.registration).toMatchObject({ id: registered.registration.id, name: "Jörg Müller", status: "confirmed", sessions: [{ id: session.id, status: "confirmed" }] });
    expect(JSON.stringify(byType["registration.created"])).not.toMatch(/checkInCode|manageToken|tokenHash|accessibilityNeeds/);
    expect(byType["session.changed"].data.changed).toEqual(["startsAt", "endsAt"]);
    expect(byType["session.changed"].data.session.startsAt).toBe(toIsoWithOffset(new Date(session.startsAt.getTime() + 36e5), "Europe/Berlin"));
    expect(byType["session.changed"].data.session.startsAt).toMatch(/\+0[12]:00$/);
    expect(byType["session.changed"].data.session.timeZone).toBe("Europe/Berlin");
    expect(byType["session.cancelled"].data.session.status).toBe("cancelled");
    expect(byType["registration.cancelled"].data.registration.status).toBe("cancelled");

    const delivered = await db.webhookDelivery.findMany({ where: { endpointId } });
    expect(delivered.every((d) => d.status === "delivered" && d.attempts === 3 && d.lastStatus === 200 && d.lastResponse === "ok")).toBe(true);
    expect((await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } })).failingSince).toBeNull();
  });

  it("two workers racing over the same deliveries send each once", async () => {
    const { conference, owner } = await webhookScenario();
    const path = `/${uniq("race")}`;
    await createEndpoint({ conferenceId: conference.id, input: { url: receiver.url(path), events: ["registration.created"] }, actor: { userId: owner.id }, policy: LOOPBACK_POLICY });
    for (let i = 0; i < 6; i++) await registerAttendee({ conferenceSlug: conference.slug, input: { name: `P ${i}`, email: `${uniq("p")}@example.org`, consent: true } });
    receiver.state.answer = () => ({ status: 204 });
    const now = new Date(Date.now() + 1000);
    const reports = await Promise.all(["a", "b", "c"].map((w) => deliverWebhooks({ workerId: w, conferenceId: conference.id, now, policy: LOOPBACK_POLICY })));
    expect(reports.reduce((n, r) => n + r.delivered, 0)).toBe(6);
    const ids = receiver.received.filter((r) => r.path === path).map((r) => r.headers["webhook-id"]);
    expect(new Set(ids).size).toBe(6);
    expect(ids).toHaveLength(6);
  });

  it("an endpoint that fails for 24 hours is switched off, its owners emailed; re-enabled, a re-send arrives with the same id", async () => {
    const { conference, owner } = await webhookScenario();
    const path = `/${uniq("dead")}`;
    const { id: endpointId, secret } = await createEndpoint({ conferenceId: conference.id, input: { url: receiver.url(path), events: ["registration.created"] }, actor: { userId: owner.id }, policy: LOOPBACK_POLICY });
    await registerAttendee({ conferenceSlug: conference.slug, input: { name: "Ida", email: `${uniq("i")}@example.org`, consent: true } });
    receiver.state.answer = (r) => (r.path === path ? { status: 500, body: "boom" } : { status: 204 });

    let clock = Date.now() + 1000;
    const t0 = clock;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const report = await run(conference.id, new Date(clock));
      expect(report.delivered).toBe(0);
      const endpoint = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } });
      expect(endpoint.enabled).toBe(clock - t0 < DISABLE_AFTER_MS);
      if (attempt < MAX_ATTEMPTS) clock += RETRY_DELAYS_MS[attempt - 1];
    }
    const delivery = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId } });
    expect(delivery).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS, lastStatus: 500 });
    const endpoint = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } });
    expect(endpoint).toMatchObject({ enabled: false, disabledReason: "failing" });
    const audit = await db.auditLog.findMany({ where: { entityId: endpointId, action: "webhook.disable" } });
    expect(audit).toHaveLength(1);
    const mails = await db.emailOutbox.findMany({ where: { conferenceId: conference.id, kind: "webhook-disabled" } });
    expect(mails.map((m) => m.toAddress)).toEqual([owner.email]);

    // A new event while it is off is not queued for it.
    await registerAttendee({ conferenceSlug: conference.slug, input: { name: "Ole", email: `${uniq("o")}@example.org`, consent: true } });
    expect(await db.webhookDelivery.count({ where: { endpointId } })).toBe(1);

    expect(await resendDelivery({ conferenceId: conference.id, deliveryId: delivery.id, actor: { userId: owner.id } })).toEqual({ ok: false, reason: "endpoint_disabled" });
    await updateEndpoint({ conferenceId: conference.id, endpointId, input: { enabled: true }, actor: { userId: owner.id }, policy: LOOPBACK_POLICY });
    expect(await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } })).toMatchObject({ enabled: true, failingSince: null, disabledReason: null });
    const resendAt = new Date(clock + 60_000);
    expect(await resendDelivery({ conferenceId: conference.id, deliveryId: delivery.id, actor: { userId: owner.id }, now: resendAt })).toEqual({ ok: true });
    receiver.state.answer = () => ({ status: 202 });
    expect(await run(conference.id, resendAt)).toMatchObject({ delivered: 1 });
    const last = receiver.received.filter((r) => r.path === path).at(-1)!;
    expect(last.headers["webhook-id"]).toBe(delivery.eventId);
    expect(verifyWebhook(secret, last.headers, last.body, resendAt.getTime())).toBe(true);
    expect(await db.auditLog.count({ where: { entityId: endpointId, action: "webhook.resend" } })).toBe(1);
  });
});
