/**
 * Webhooks never reach internal addresses: refused when saved (literal addresses, names resolving
 * to them, http, credentials) and again at delivery, after DNS, on the address actually connected
 * to; redirects are not followed; slow and huge answers are cut off.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seal } from "@/lib/mail/sealed";
import { registerAttendee } from "../helpers/register";
import { createEndpoint } from "@/lib/webhooks/create-endpoint";
import { deliverWebhooks } from "@/lib/webhooks/deliver";
import { networkPolicy, type Resolver } from "@/lib/webhooks/network";
import { newEndpointSecret } from "@/lib/webhooks/signature";
import { updateEndpoint } from "@/lib/webhooks/update-endpoint";
import { uniq } from "../helpers/fixtures";
import { LOOPBACK_POLICY, startReceiver, webhookScenario } from "../helpers/webhooks";

const STRICT = { allowHttpLoopback: false, allowPrivate: false };
const PUBLIC_IP = "93.184.216.34";

/** A fake DNS: names of the form <a.b.c.d>.dns.test resolve to that address; mixed.test to a public and a private one. */
const fakeDns: Resolver = async (host) => {
  if (host === "mixed.test") return [{ address: PUBLIC_IP, family: 4 }, { address: "192.168.1.20", family: 4 }];
  if (host === "v6-ula.test") return [{ address: "fd12:3456::1", family: 6 }];
  if (host === "public.test") return [{ address: PUBLIC_IP, family: 4 }];
  const m = /^(.+)\.dns\.test$/.exec(host);
  if (m) return [{ address: m[1], family: 4 }];
  throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" });
};

let receiver: Awaited<ReturnType<typeof startReceiver>>;
beforeAll(async () => {
  process.env.RATE_LIMIT = "off";
  receiver = await startReceiver();
});
afterAll(() => receiver.close());

describe("webhook URLs refused when saved", () => {
  const cases: [string, string, typeof STRICT][] = [
    ["http://example.org/hook", "httpsRequired", STRICT],
    ["ftp://example.org/hook", "invalidUrl", STRICT],
    ["not a url", "invalidUrl", STRICT],
    ["https://user:secret@public.test/hook", "credentialsInUrl", STRICT],
    ["https://10.0.0.5/hook", "blockedAddress", STRICT],
    ["https://172.16.3.4/hook", "blockedAddress", STRICT],
    ["https://192.168.0.1/hook", "blockedAddress", STRICT],
    ["https://169.254.169.254/latest/meta-data", "blockedAddress", STRICT],
    ["https://100.64.0.1/hook", "blockedAddress", STRICT],
    ["https://0.0.0.0/hook", "blockedAddress", STRICT],
    ["https://[::1]/hook", "blockedAddress", STRICT],
    ["https://[fd00::1]/hook", "blockedAddress", STRICT],
    ["https://[fe80::1]/hook", "blockedAddress", STRICT],
    ["https://[::ffff:10.0.0.1]/hook", "blockedAddress", STRICT],
    ["https://127.0.0.1/hook", "blockedAddress", STRICT],
    ["http://127.0.0.1:8080/hook", "httpsRequired", STRICT],
    ["http://localhost:8080/hook", "httpsRequired", STRICT],
    ["https://10.0.0.7.dns.test/hook", "blockedAddress", STRICT],
    ["https://127.0.0.1.dns.test/hook", "blockedAddress", STRICT],
    ["https://169.254.169.254.dns.test/hook", "blockedAddress", STRICT],
    ["https://mixed.test/hook", "blockedAddress", STRICT],
    ["https://v6-ula.test/hook", "blockedAddress", STRICT],
    ["https://nowhere.invalid/hook", "unresolvable", STRICT],
    // Loopback allowed in development still keeps private networks out, and http to anything else.
    ["https://10.0.0.5/hook", "blockedAddress", LOOPBACK_POLICY],
    ["http://public.test/hook", "httpsRequired", LOOPBACK_POLICY],
    ["http://10.0.0.5/hook", "httpsRequired", { allowHttpLoopback: true, allowPrivate: true }],
  ];
  it.each(cases)("%s → %s", async (url, reason, policy) => {
    const { conference, owner } = await webhookScenario();
    const attempt = createEndpoint({ conferenceId: conference.id, input: { url, events: ["registration.created"] }, actor: { userId: owner.id }, policy, resolver: fakeDns });
    await expect(attempt).rejects.toMatchObject({ code: "validation", fields: { url: reason } });
    expect(await db.webhookEndpoint.count({ where: { conferenceId: conference.id } })).toBe(0);
  });

  it("accepts public HTTPS addresses, loopback only where allowed, private networks only with WEBHOOKS_ALLOW_PRIVATE", async () => {
    const { conference, owner } = await webhookScenario();
    const make = (url: string, policy: typeof STRICT) => createEndpoint({ conferenceId: conference.id, input: { url, events: ["checkin.created"] }, actor: { userId: owner.id }, policy, resolver: fakeDns });
    await expect(make("https://public.test/hook", STRICT)).resolves.toMatchObject({ url: "https://public.test/hook" });
    await expect(make(`https://${PUBLIC_IP}/hook`, STRICT)).resolves.toBeTruthy();
    await expect(make("http://127.0.0.1:9/hook", LOOPBACK_POLICY)).resolves.toBeTruthy();
    await expect(make("http://[::1]:9/hook", LOOPBACK_POLICY)).resolves.toBeTruthy();
    await expect(make("https://10.0.0.5/hook", { allowHttpLoopback: false, allowPrivate: true })).resolves.toBeTruthy();
    await expect(make("https://169.254.169.254.dns.test/hook", { allowHttpLoopback: false, allowPrivate: true })).resolves.toBeTruthy();
  });

  it("an edited URL is checked like a new one", async () => {
    const { conference, owner } = await webhookScenario();
    const { id } = await createEndpoint({ conferenceId: conference.id, input: { url: "https://public.test/hook", events: ["checkin.created"] }, actor: { userId: owner.id }, policy: STRICT, resolver: fakeDns });
    await expect(updateEndpoint({ conferenceId: conference.id, endpointId: id, input: { url: "https://10.1.1.1.dns.test/x" }, actor: { userId: owner.id }, policy: STRICT, resolver: fakeDns })).rejects.toMatchObject({ fields: { url: "blockedAddress" } });
    expect((await db.webhookEndpoint.findUniqueOrThrow({ where: { id } })).url).toBe("https://public.test/hook");
  });

  it("the environment decides: loopback over http outside production or with WEBHOOKS_ALLOW_HTTP_LOOPBACK, private only with WEBHOOKS_ALLOW_PRIVATE", () => {
    expect(networkPolicy({ NODE_ENV: "production" })).toEqual({ allowHttpLoopback: false, allowPrivate: false });
    expect(networkPolicy({ NODE_ENV: "production", WEBHOOKS_ALLOW_HTTP_LOOPBACK: "1" })).toEqual({ allowHttpLoopback: true, allowPrivate: false });
    expect(networkPolicy({ NODE_ENV: "development" })).toEqual({ allowHttpLoopback: true, allowPrivate: false });
    expect(networkPolicy({ NODE_ENV: "development", WEBHOOKS_ALLOW_HTTP_LOOPBACK: "0" })).toEqual({ allowHttpLoopback: false, allowPrivate: false });
    expect(networkPolicy({ NODE_ENV: "production", WEBHOOKS_ALLOW_PRIVATE: "1" })).toEqual({ allowHttpLoopback: false, allowPrivate: true });
  });
});

describe("webhook delivery re-checks at send time", () => {
  /** An endpoint row as an older version (or a direct database edit) may have left it, bypassing the save-time check. */
  async function rawEndpoint(conferenceId: string, url: string) {
    return db.webhookEndpoint.create({ data: { conferenceId, url, events: ["registration.created"], secretSealed: seal(newEndpointSecret()) } });
  }
  async function oneEvent(conference: { id: string; slug: string }) {
    await registerAttendee({ conferenceSlug: conference.slug, input: { name: "Ria", email: `${uniq("r")}@example.org`, consent: true } });
  }

  it("a name that resolved publicly when saved but to loopback at delivery (DNS rebinding) is not connected to", async () => {
    const { conference, owner } = await webhookScenario();
    let answer = PUBLIC_IP;
    const rebinding: Resolver = async () => [{ address: answer, family: 4 }];
    const { id } = await createEndpoint({ conferenceId: conference.id, input: { url: `https://rebind.test:${receiver.port}/hook`, events: ["registration.created"] }, actor: { userId: owner.id }, policy: STRICT, resolver: rebinding });
    await oneEvent(conference);
    answer = "127.0.0.1";
    const before = receiver.received.length;
    const report = await deliverWebhooks({ conferenceId: conference.id, now: new Date(Date.now() + 1000), policy: STRICT, resolver: rebinding });
    expect(report).toMatchObject({ delivered: 0, retried: 1 });
    expect(receiver.received.length).toBe(before);
    const delivery = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: id } });
    expect(delivery.lastStatus).toBeNull();
    expect(delivery.lastResponse).toMatch(/blockedAddress.*127\.0\.0\.1/);
  });

  it.each([
    ["a private literal address", "https://10.9.9.9/hook"],
    ["the metadata service", "https://169.254.169.254/latest/meta-data"],
    ["loopback over http in production", "http://127.0.0.1:1/hook"],
  ])("%s stored in the database is refused without connecting", async (_label, url) => {
    const { conference } = await webhookScenario();
    const endpoint = await rawEndpoint(conference.id, url);
    await oneEvent(conference);
    await deliverWebhooks({ conferenceId: conference.id, now: new Date(Date.now() + 1000), policy: STRICT });
    const delivery = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id } });
    expect(delivery).toMatchObject({ status: "pending", lastStatus: null });
    expect(delivery.lastResponse).toMatch(/blockedAddress|httpsRequired/);
  });

  it("a redirect is not followed and counts as a failure", async () => {
    const { conference } = await webhookScenario();
    const path = `/${uniq("redirect")}`;
    const endpoint = await rawEndpoint(conference.id, receiver.url(path));
    receiver.state.answer = (r) => (r.path === path ? { status: 302, headers: { location: receiver.url(`${path}/followed`) } } : { status: 204 });
    await oneEvent(conference);
    const report = await deliverWebhooks({ conferenceId: conference.id, now: new Date(Date.now() + 1000), policy: LOOPBACK_POLICY });
    expect(report).toMatchObject({ delivered: 0, retried: 1 });
    expect(receiver.received.filter((r) => r.path.startsWith(`${path}/followed`))).toHaveLength(0);
    expect(await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id } })).toMatchObject({ lastStatus: 302, lastResponse: expect.stringMatching(/^redirect not followed/) });
  });

  it("an endpoint that never answers is cut off at the deadline; a huge answer is read only in part", async () => {
    const { conference } = await webhookScenario();
    const slow = `/${uniq("slow")}`;
    const huge = `/${uniq("huge")}`;
    const slowEndpoint = await rawEndpoint(conference.id, receiver.url(slow));
    const hugeEndpoint = await rawEndpoint(conference.id, receiver.url(huge));
    receiver.state.answer = (r) => (r.path === huge ? { status: 200, body: "x".repeat(5_000_000) } : { status: 204 });
    receiver.state.hang = (r) => r.path === slow; // holds the request open
    await oneEvent(conference);
    const report = await deliverWebhooks({ conferenceId: conference.id, now: new Date(Date.now() + 1000), policy: LOOPBACK_POLICY, timeoutMs: 300 });
    receiver.state.hang = () => false;
    expect(report).toMatchObject({ delivered: 1, retried: 1 });
    expect(await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: slowEndpoint.id } })).toMatchObject({ status: "pending", lastStatus: null, lastResponse: expect.stringMatching(/timeout/) });
    const big = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: hugeEndpoint.id } });
    expect(big).toMatchObject({ status: "delivered", lastStatus: 200 });
    expect(big.lastResponse!.length).toBeLessThanOrEqual(500);
  });
});
