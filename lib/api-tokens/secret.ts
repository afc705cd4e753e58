/**
 * Organiser API token secrets: "tgk_" and 256 random bits in base64url. The prefix makes a leaked
 * token recognisable (secret scanners, logs); only the SHA-256 hash is stored.
 */
import { randomBytes } from "node:crypto";
import { hashToken } from "../registrations/token";

export const API_TOKEN_PREFIX = "tgk_";
const SHAPE = /^tgk_[A-Za-z0-9_-]{43}$/;

export function newApiTokenSecret(): { secret: string; tokenHash: string; prefix: string } {
  const secret = `${API_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { secret, tokenHash: hashToken(secret), prefix: secret.slice(0, API_TOKEN_PREFIX.length + 6) };
}

/** Secrets that cannot be ours are refused before any database lookup. */
export function isWellFormedApiToken(value: string): boolean {
  return SHAPE.test(value);
}

export { hashToken as hashApiToken };
