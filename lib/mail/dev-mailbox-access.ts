/**
 * Who may open the development mailbox: whoever has its key (DEV_MAILBOX_KEY; `npm start` generates
 * one into data/.dev-mailbox-key and prints the link). Opening `/dev/mailbox?key=…` stores the key in
 * an HttpOnly cookie (proxy.ts); every mailbox page and /api/dev/mailbox/… route checks it and
 * answers 404 without it. No Prisma here: the proxy imports this file.
 */
export const MAILBOX_COOKIE = "tagung-mailbox";

/** Read on every request (not at build time): `npm start` runs a production build and sets DEV_MAILBOX=1 itself. */
export function devMailboxEnabled(): boolean {
  return process.env.NODE_ENV !== "production" || process.env.DEV_MAILBOX === "1";
}

/** Constant-time comparison, so that the key cannot be guessed byte by byte from response times. */
function sameSecret(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

/** True when the mailbox is on, has a key, and `candidate` is that key. */
export function mailboxKeyMatches(candidate: string | null | undefined): boolean {
  const key = process.env.DEV_MAILBOX_KEY;
  return devMailboxEnabled() && Boolean(key) && typeof candidate === "string" && sameSecret(candidate, key!);
}

/** Gate for the mailbox's route handlers: the request's cookie must carry the key. */
export function mailboxRequestAllowed(request: Request): boolean {
  const cookie = request.headers.get("cookie") ?? "";
  const value = cookie
    .split(";")
    .map((c) => c.trim())
    .find((c) => c.startsWith(`${MAILBOX_COOKIE}=`))
    ?.slice(MAILBOX_COOKIE.length + 1);
  return mailboxKeyMatches(value ? decodeURIComponent(value) : null);
}
