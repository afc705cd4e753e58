/**
 * Signing per the Standard Webhooks convention (standardwebhooks.com): the signed content is
 * `${webhookId}.${timestamp}.${body}`, signed with HMAC-SHA256 under the endpoint secret's bytes
 * (the base64 after "whsec_"), sent as `webhook-signature: v1,<base64>`.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

const PREFIX = "whsec_";

export function newEndpointSecret(): string {
  return PREFIX + randomBytes(32).toString("base64");
}

function keyOf(secret: string): Buffer {
  return Buffer.from(secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret, "base64");
}

export function sign(secret: string, webhookId: string, timestampSeconds: number, body: string): string {
  return "v1," + createHmac("sha256", keyOf(secret)).update(`${webhookId}.${timestampSeconds}.${body}`).digest("base64");
}

export function signatureHeaders(secret: string, webhookId: string, timestampSeconds: number, body: string): Record<string, string> {
  return {
    "webhook-id": webhookId,
    "webhook-timestamp": String(timestampSeconds),
    "webhook-signature": sign(secret, webhookId, timestampSeconds, body),
  };
}

/**
 * The receiver's check (the README shows the same code): any of the space-separated v1 signatures
 * matches, and the timestamp is within `toleranceSeconds` of now (replayed deliveries are refused).
 */
export function verifySignature(
  secret: string,
  headers: { "webhook-id"?: string; "webhook-timestamp"?: string; "webhook-signature"?: string },
  body: string,
  { now = Date.now(), toleranceSeconds = 300 } = {},
): boolean {
  const id = headers["webhook-id"];
  const timestamp = Number(headers["webhook-timestamp"]);
  const signatures = headers["webhook-signature"];
  if (!id || !Number.isInteger(timestamp) || !signatures) return false;
  if (Math.abs(now / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(sign(secret, id, timestamp, body).slice(3), "base64");
  return signatures.split(" ").some((candidate) => {
    const [version, value] = candidate.split(",", 2);
    if (version !== "v1" || !value) return false;
    const given = Buffer.from(value, "base64");
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
