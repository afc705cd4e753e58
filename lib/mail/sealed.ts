/**
 * Links that carry a secret (manage link, calendar feed, opt-out, sign-in) wait in the outbox
 * until the sender renders them. They are stored encrypted (AES-256-GCM with a key derived from the
 * installation secret), so the database alone never holds a usable token; the sender drops the
 * whole payload once the mail is sent.
 */
import "server-only";
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { appSecret } from "../secret";

const PREFIX = "sealed:v1:";

/** Payload keys whose values are secret links, per email kind ("*" for every kind). */
const SECRET_KEYS: Record<string, readonly string[]> = {
  "*": ["manageUrl", "agendaFeedUrl", "feedUrl", "unsubscribeUrl"],
  "sign-in": ["url"],
  "host-invitation": ["url"],
  "thank-you": ["feedbackUrl", "certificateUrl"],
};

function key(): Buffer {
  return createHash("sha256").update(`tagung-outbox-v1:${appSecret()}`).digest();
}

export function seal(value: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(value, "utf8"), cipher.final()]);
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
}

export function unseal(value: string): string {
  if (!value.startsWith(PREFIX)) return value;
  const raw = Buffer.from(value.slice(PREFIX.length), "base64url");
  const decipher = createDecipheriv("aes-256-gcm", key(), raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
}

/** The payload as stored: secret links of this kind sealed, everything else as given. */
export function sealPayload<T>(kind: string, payload: T): T {
  if (!payload || typeof payload !== "object") return payload;
  const keys = [...SECRET_KEYS["*"], ...(SECRET_KEYS[kind] ?? [])];
  const out: Record<string, unknown> = { ...(payload as Record<string, unknown>) };
  for (const k of keys) if (typeof out[k] === "string" && out[k] !== "") out[k] = seal(out[k] as string);
  return out as T;
}

/** The payload as the templates need it: every sealed value opened. */
export function unsealPayload(payload: unknown): unknown {
  if (typeof payload === "string") return unseal(payload);
  if (Array.isArray(payload)) return payload.map(unsealPayload);
  if (payload && typeof payload === "object") return Object.fromEntries(Object.entries(payload).map(([k, v]) => [k, unsealPayload(v)]));
  return payload;
}
