/**
 * Fixed-window rate limits whose counters live in the app's database (table RateLimitCounter), so
 * every app process sharing the database counts together. One atomic upsert per hit (INSERT … ON
 * CONFLICT DO UPDATE … RETURNING, the same on SQLite and PostgreSQL): no read-then-write race.
 * Limits come from the environment (per window); RATE_LIMIT=off disables them (benchmarks, load tests).
 */
import "server-only";
import { db } from "./db";
import { retryWrite } from "./db-retry";
import { AppError } from "./errors";

type Rule = { limit: number; windowMs: number };

export const RATE_LIMITS = {
  /** Registrations per client IP. */
  registrationPerIp: () => rule("RATE_LIMIT_REGISTRATIONS_PER_IP", 20, 60_000),
  /** Manage-link emails per address (repeat registrations and "lost your link"). */
  linkPerEmail: () => rule("RATE_LIMIT_LINKS_PER_EMAIL", 3, 3_600_000),
  /** "Lost your link" requests per client IP. */
  linkPerIp: () => rule("RATE_LIMIT_LINKS_PER_IP", 10, 600_000),
  /** Sign-in link requests per address and per IP. */
  signInPerEmail: () => rule("RATE_LIMIT_SIGNIN_PER_EMAIL", 5, 900_000),
  signInPerIp: () => rule("RATE_LIMIT_SIGNIN_PER_IP", 20, 900_000),
  /** Certificate verification lookups per client IP (/verify/<code>). */
  verifyPerIp: () => rule("RATE_LIMIT_VERIFY_PER_IP", 30, 600_000),
  /** Broadcasts per conference. */
  broadcastPerConference: () => rule("RATE_LIMIT_BROADCASTS_PER_CONFERENCE", 3, 60_000),
  /** Test sends of a broadcast to oneself, per organiser (not counted against the conference's broadcasts). */
  broadcastTestPerUser: () => rule("RATE_LIMIT_BROADCAST_TESTS_PER_USER", 5, 600_000),
} as const;

function rule(env: string, limit: number, windowMs: number): Rule {
  const configured = Number(process.env[env]);
  return { limit: Number.isFinite(configured) && configured > 0 ? configured : limit, windowMs };
}

export function rateLimitEnabled(): boolean {
  return process.env.RATE_LIMIT !== "off";
}

/** Counts one hit; returns how many seconds to wait when over the limit, else null. */
export async function hit(key: string, { limit, windowMs }: Rule, now = Date.now()): Promise<number | null> {
  if (!rateLimitEnabled()) return null;
  const rows = await retryWrite(() => db.$queryRaw<{ count: number | bigint; resetAt: number | bigint }[]>`
    INSERT INTO "RateLimitCounter" ("key", "count", "resetAt") VALUES (${key}, 1, ${BigInt(now + windowMs)})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitCounter"."resetAt" <= ${BigInt(now)} THEN 1 ELSE "RateLimitCounter"."count" + 1 END,
      "resetAt" = CASE WHEN "RateLimitCounter"."resetAt" <= ${BigInt(now)} THEN ${BigInt(now + windowMs)} ELSE "RateLimitCounter"."resetAt" END
    RETURNING "count", "resetAt"`);
  // Now and then, forget windows that ended over an hour ago.
  // Best effort: a busy database skips the clean-up rather than failing the request.
  if (Math.random() < 0.01) await db.rateLimitCounter.deleteMany({ where: { resetAt: { lt: BigInt(now - 3_600_000) } } }).catch(() => {});
  const count = Number(rows[0].count);
  return count > limit ? Math.max(1, Math.ceil((Number(rows[0].resetAt) - now) / 1000)) : null;
}

/** Throws a rate_limited AppError (HTTP 429 with Retry-After) when over the limit. */
export async function enforce(key: string, rule: Rule, now = Date.now()): Promise<void> {
  const retryAfter = await hit(key, rule, now);
  if (retryAfter !== null) throw new AppError("rate_limited", "Too many requests, please try again later", undefined, { retryAfter });
}

/** For tests. */
export async function resetRateLimits(): Promise<void> {
  await db.rateLimitCounter.deleteMany({});
}
