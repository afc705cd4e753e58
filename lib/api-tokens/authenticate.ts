/**
 * Who calls the organiser JSON API: `Authorization: Bearer tgk_…` (an API token), else the
 * signed-in organiser's session cookie. Tokens are read from that header only — never from the
 * query string, where they would end up in logs and browser history.
 */
import "server-only";
import { currentUser } from "../auth";
import { db } from "../db";
import { isRetryable } from "../db-errors";
import { AppError } from "../errors";
import type { OrganiserActor } from "../hosts/permissions";
import { hashApiToken, isWellFormedApiToken } from "./secret";

/** lastUsedAt is written at most this often per token, not on every request. */
export const LAST_USED_RESOLUTION_MS = 5 * 60_000;

/** The token's principal, or null for an unknown, malformed or revoked secret. Notes the use (throttled). */
export async function authenticateApiToken(secret: string, now = new Date()): Promise<{ apiTokenId: string } | null> {
  if (!isWellFormedApiToken(secret)) return null;
  const token = await db.apiToken.findUnique({ where: { tokenHash: hashApiToken(secret) }, select: { id: true, revokedAt: true, lastUsedAt: true } });
  if (!token || token.revokedAt) return null;
  const stale = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  if (!token.lastUsedAt || token.lastUsedAt < stale) {
    // Conditional, so concurrent requests write once; best effort: a busy database must not fail the request.
    await db.apiToken
      .updateMany({ where: { id: token.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: stale } }] }, data: { lastUsedAt: now } })
      .catch((error: unknown) => {
        if (!isRetryable(error)) throw error;
      });
  }
  return { apiTokenId: token.id };
}

/**
 * The actor of an organiser API request, or AppError("unauthenticated") → 401. A request that
 * sends an Authorization header is judged by it alone (a bad token never falls back to a cookie).
 */
export async function organiserActor(request: Request, now = new Date()): Promise<OrganiserActor> {
  const header = request.headers.get("authorization");
  if (header !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const principal = match ? await authenticateApiToken(match[1], now) : null;
    if (!principal) throw new AppError("unauthenticated", "Unknown, revoked or malformed API token");
    return principal;
  }
  const user = await currentUser();
  if (!user) throw new AppError("unauthenticated", "Sign in or send an API token (Authorization: Bearer …)");
  return { userId: user.id };
}
