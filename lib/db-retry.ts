import { db, type Tx } from "./db";

/**
 * Runs a write transaction, retrying it when the database says "try again": SQLite's busy or
 * locked errors (another process holds the write lock past the busy timeout) and PostgreSQL's
 * serialization failures and deadlocks. Jittered backoff keeps retrying writers from colliding.
 */
export async function writeTransaction<T>(work: (tx: Tx) => Promise<T>, { attempts = 8, timeout = 20_000 } = {}): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(work, { maxWait: timeout, timeout });
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 25 * 2 ** attempt));
    }
  }
}

export function isRetryable(error: unknown): boolean {
  const e = error as { code?: string; message?: string; meta?: { code?: string } } | null;
  if (!e) return false;
  if (e.code === "P2034" || e.code === "P1008" || e.code === "P2028") return true;
  const text = `${e.message ?? ""} ${e.meta?.code ?? ""}`;
  return /SQLITE_BUSY|database is locked|could not serialize|deadlock detected|40001|40P01/i.test(text);
}

/** A unique-constraint violation (Prisma P2002), optionally on a given field. */
export function isUniqueViolation(error: unknown, field?: string): boolean {
  const e = error as { code?: string; meta?: { target?: string[] | string; driverAdapterError?: { cause?: { constraint?: { fields?: string[] } } } }; message?: string } | null;
  if (e?.code !== "P2002") return false;
  if (!field) return true;
  const target = e.meta?.target ?? e.meta?.driverAdapterError?.cause?.constraint?.fields ?? [];
  return (Array.isArray(target) ? target.join(",") : String(target)).includes(field) || String(e.message).includes(field);
}
