import { db, type Tx } from "./db";
import { isRetryable } from "./db-errors";

export { isRetryable, isUniqueViolation } from "./db-errors";

/**
 * Runs a write transaction, retrying it when the database says "try again": SQLite's busy or
 * locked errors (another process holds the write lock past the busy timeout) and PostgreSQL's
 * serialization failures and deadlocks. Jittered backoff keeps retrying writers from colliding.
 */
export async function writeTransaction<T>(work: (tx: Tx) => Promise<T>, { attempts = 8, timeout = 20_000 } = {}): Promise<T> {
  return retryWrite(() => db.$transaction(work, { maxWait: timeout, timeout }), { attempts });
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

