/**
 * The opt-out link in broadcast emails: the registration id signed with HMAC, so the link works
 * without the manage token (which only the attendee has) and cannot be forged for someone else.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

function secret(): string {
  const value = process.env.NEXTAUTH_SECRET || (process.env.NODE_ENV === "production" ? "" : "tagung-development-secret");
  if (!value) throw new Error("NEXTAUTH_SECRET is required to sign opt-out links");
  return value;
}

function sign(registrationId: string): string {
  return createHmac("sha256", secret()).update(`broadcast-opt-out:${registrationId}`).digest("base64url");
}

// "~", not ".": the locale proxy skips paths with a dot (file names), so /unsubscribe/<a.b> would 404.
const SEPARATOR = "~";

export function optOutToken(registrationId: string): string {
  return `${registrationId}${SEPARATOR}${sign(registrationId)}`;
}

/** The registration id the token was made for, or null when it was not made by us. */
export function readOptOutToken(token: string): string | null {
  const [id, mac, extra] = token.split(SEPARATOR);
  if (!id || !mac || extra !== undefined || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) return null;
  const expected = Buffer.from(sign(id));
  const given = Buffer.from(mac);
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
}
