import { describe, expect, it } from "vitest";
import { acronymOf, slugify } from "@/lib/schedule/frab";
import { numericId, sessionGuid, uuidV5 } from "@/lib/schedule/guid";
import { addressAllowed, checkUrlForm } from "@/lib/webhooks/network";
import { sign, verifySignature } from "@/lib/webhooks/signature";

const STRICT = { allowHttpLoopback: false, allowPrivate: false };

describe("webhook signatures (Standard Webhooks)", () => {
  // The reference example of the Standard Webhooks specification.
  const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  const id = "msg_p5jXN8AQM9LWM0D4loKWxJek";
  const timestamp = 1614265330;
  const body = '{"test": 2432232314}';

  it("signs the reference message as the specification says", () => {
    expect(sign(secret, id, timestamp, body)).toBe("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  });

  it("verifies within the tolerance, accepts one of several signatures, refuses tampering and replays", () => {
    const headers = { "webhook-id": id, "webhook-timestamp": String(timestamp), "webhook-signature": `v1,bm9wZQ== ${sign(secret, id, timestamp, body)}` };
    const now = timestamp * 1000 + 60_000;
    expect(verifySignature(secret, headers, body, { now })).toBe(true);
    expect(verifySignature(secret, headers, body + " ", { now })).toBe(false);
    expect(verifySignature(secret, { ...headers, "webhook-id": "msg_other" }, body, { now })).toBe(false);
    expect(verifySignature(secret, headers, body, { now: timestamp * 1000 + 301_000 })).toBe(false);
    expect(verifySignature(secret, { ...headers, "webhook-signature": "v2,abc" }, body, { now })).toBe(false);
  });
});

describe("webhook address policy", () => {
  it.each([
    ["93.184.216.34", true],
    ["2a00:1450:4001::1", true],
    ["10.1.2.3", false],
    ["172.31.255.255", false],
    ["192.168.1.1", false],
    ["127.0.0.1", false],
    ["::1", false],
    ["169.254.169.254", false],
    ["fe80::1", false],
    ["fd00::1", false],
    ["::ffff:192.168.1.1", false],
    ["100.64.0.1", false],
    ["0.0.0.0", false],
    ["224.0.0.1", false],
    ["255.255.255.255", false],
    ["2001:db8::1", false],
  ])("%s allowed: %s", (address, allowed) => {
    expect(addressAllowed(address, STRICT)).toBe(allowed);
  });

  it("loopback with the development switch, private ranges with their own, never multicast", () => {
    expect(addressAllowed("127.0.0.1", { allowHttpLoopback: true, allowPrivate: false })).toBe(true);
    expect(addressAllowed("10.0.0.1", { allowHttpLoopback: true, allowPrivate: false })).toBe(false);
    expect(addressAllowed("10.0.0.1", { allowHttpLoopback: false, allowPrivate: true })).toBe(true);
    expect(addressAllowed("224.0.0.1", { allowHttpLoopback: true, allowPrivate: true })).toBe(false);
  });

  it("http only to loopback names when allowed", () => {
    expect(checkUrlForm("http://localhost:4000/x", { allowHttpLoopback: true, allowPrivate: false }).ok).toBe(true);
    expect(checkUrlForm("http://[::1]:4000/x", { allowHttpLoopback: true, allowPrivate: false }).ok).toBe(true);
    expect(checkUrlForm("http://example.org/x", { allowHttpLoopback: true, allowPrivate: false })).toEqual({ ok: false, reason: "httpsRequired" });
    expect(checkUrlForm("https://example.org/x", STRICT).ok).toBe(true);
  });
});

describe("schedule identifiers", () => {
  it("UUIDv5 matches the RFC example (www.example.com in the DNS namespace)", () => {
    expect(uuidV5("www.example.com", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe("2ed6657d-e927-568b-95e1-2665a8aea6a2");
  });
  it("a session's GUID and numeric id are stable and positive", () => {
    expect(sessionGuid("cm123")).toBe(sessionGuid("cm123"));
    expect(sessionGuid("cm123")).not.toBe(sessionGuid("cm124"));
    const id = numericId(sessionGuid("cm123"));
    expect(id).toBeGreaterThan(0);
    expect(id).toBeLessThan(2 ** 31);
  });
  it("acronyms and slugs fit the c3voc patterns", () => {
    expect(acronymOf("mitteldeutsche-bildungskonferenz-2027")).toBe("mitteldeutsche_bildungskonferenz_2027");
    expect(acronymOf("mb")).toBe("mb__");
    expect(slugify("Fachkräfte sichern: Übergänge & Chancen!")).toBe("fachkraefte-sichern-uebergaenge-chancen");
    expect(slugify("Straße – Café")).toBe("strasse-cafe");
  });
});
