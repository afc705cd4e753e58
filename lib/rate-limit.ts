/**
 * Fixed-window rate limits kept in this process's memory: enough to stop one client hammering a
 * single instance. Limits come from the environment (per window); RATE_LIMIT=off disables them
 * (benchmarks, load tests).
 */
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
} as const;

function rule(env: string, limit: number, windowMs: number): Rule {
  const configured = Number(process.env[env]);
  return { limit: Number.isFinite(configured) && configured > 0 ? configured : limit, windowMs };
}

const windows = new Map<string, { start: number; count: number }>();

export function rateLimitEnabled(): boolean {
  return process.env.RATE_LIMIT !== "off";
}

/** Counts one hit; returns how long to wait when over the limit, else null. */
export function hit(key: string, { limit, windowMs }: Rule, now = Date.now()): number | null {
  if (!rateLimitEnabled()) return null;
  let w = windows.get(key);
  if (!w || now - w.start >= windowMs) {
    w = { start: now, count: 0 };
    windows.set(key, w);
    if (windows.size > 50_000) prune(now);
  }
  w.count++;
  return w.count > limit ? Math.ceil((w.start + windowMs - now) / 1000) : null;
}

/** Throws a rate_limited AppError (HTTP 429 with Retry-After) when over the limit. */
export function enforce(key: string, rule: Rule, now = Date.now()): void {
  const retryAfter = hit(key, rule, now);
  if (retryAfter !== null) throw new AppError("rate_limited", "Too many requests, please try again later", undefined, { retryAfter });
}

function prune(now: number) {
  for (const [key, w] of windows) if (now - w.start > 3_600_000) windows.delete(key);
}

/** For tests. */
export function resetRateLimits() {
  windows.clear();
}
