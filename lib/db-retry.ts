import "server-only";
import { db, type Tx } from "./db";
import { isRetryable } from "./db-errors";

export { isRetryable, isUniqueViolation } from "./db-errors";

/**
 * Runs a write transaction, retrying it when the database says "try again": SQLite's busy or
 * locked errors (another process holds the write lock past the busy timeout) and PostgreSQL's
 * serialization failures and deadlocks. Jittered backoff keeps retrying writers from colliding.
 */
export async function writeTransaction<T>(work: (tx: Tx) => Promise<T>, { attempts = 8, timeout = 20_000 } = {}): Promise<T> {
  return retryWrite(async () => {
    let hooks: (() => void)[] = [];
    const result = await db.$transaction(
      async (tx) => {
        const value = await work(tx);
        hooks = commitHooks.get(tx) ?? [];
        return value;
      },
      { maxWait: timeout, timeout },
    );
    for (const hook of hooks) hook();
    return result;
  }, { attempts });
}

const commitHooks = new WeakMap<Tx, (() => void)[]>();

/**
 * Runs `hook` once the transaction `tx` (of writeTransaction) has committed — not for an attempt
 * that rolled back and is retried. For consequences outside the database that must not run
 * before the data is visible, such as dropping cached public pages (lib/conferences/public-cache.ts).
 */
export function afterCommit(tx: Tx, hook: () => void): void {
  const hooks = commitHooks.get(tx);
  if (hooks) hooks.push(hook);
  else commitHooks.set(tx, [hook]);
}

/**
 * Runs one write (a single statement outside a transaction, e.g. a rate-limit counter's upsert)
 * again when the database says "try again", with the same jittered backoff as writeTransaction.
 * Under two app processes on one SQLite file such a write can wait out the busy timeout (P1008);
 * without the retry the request failed with a 500.
 */
export async function retryWrite<T>(write: () => Promise<T>, { attempts = 8 } = {}): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 25 * 2 ** attempt));
    }
  }
}

