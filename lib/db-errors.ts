/** Classifies database errors by code (no database import: usable from lib/http.ts). */
type DbError = {
  code?: string;
  message?: string;
  clientVersion?: string;
  meta?: { code?: string; driverAdapterError?: { cause?: DriverCause } };
  cause?: DriverCause;
} | null;
type DriverCause = { kind?: string; code?: string; originalCode?: string };

// SQLite busy/locked, PostgreSQL serialization failure and deadlock.
const RETRYABLE_DRIVER_CODE = /^(SQLITE_BUSY|SQLITE_LOCKED|40001|40P01)/;

/**
 * Whether a failed transaction is worth running again. Decided by error codes only: a Prisma
 * error's message quotes the calling code, so a text match could call a unique violation "retryable"
 * (it did: P2002 was retried eight times, adding seconds to every repeat registration).
 */
export function isRetryable(error: unknown): boolean {
  const e = error as DbError;
  if (!e) return false;
  // P2034 write conflict or deadlock; P2028 transaction could not start in time (busy); P1008 timed out.
  if (e.code === "P2034" || e.code === "P2028" || e.code === "P1008") return true;
  const cause = e.meta?.driverAdapterError?.cause ?? e.cause;
  if (cause?.kind === "TransactionWriteConflict") return true;
  for (const code of [e.code, e.meta?.code, cause?.originalCode, cause?.code]) if (code && RETRYABLE_DRIVER_CODE.test(code)) return true;
  // A raw driver error that carries no code at all.
  return !e.code && !e.clientVersion && /SQLITE_BUSY|database is locked|could not serialize access|deadlock detected/i.test(e.message ?? "");
}

/** A unique-constraint violation (Prisma P2002, or P2010 from a raw statement such as lib/db-insert.ts), optionally on a given field. */
export function isUniqueViolation(error: unknown, field?: string): boolean {
  const e = error as { code?: string; meta?: { target?: string[] | string; driverAdapterError?: { cause?: { kind?: string; constraint?: { fields?: string[] } } } }; message?: string } | null;
  const raw = e?.code === "P2010" && e.meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation";
  if (e?.code !== "P2002" && !raw) return false;
  if (!field) return true;
  const target = e.meta?.target ?? e.meta?.driverAdapterError?.cause?.constraint?.fields ?? [];
  return (Array.isArray(target) ? target.join(",") : String(target)).includes(field) || String(e.message).includes(field);
}
