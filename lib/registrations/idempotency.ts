/** Idempotency-Key support: the same key and body get the same answer, once. */
import "server-only";
import { createHash } from "node:crypto";
import { db } from "../db";
import { isUniqueViolation } from "../db-retry";
import { AppError } from "../errors";

export type StoredResponse = { status: number; body: unknown };

export function requestHash(body: unknown): string {
  return createHash("sha256").update(JSON.stringify(body)).digest("hex");
}

export async function findIdempotent(scope: string, key: string, hash: string): Promise<StoredResponse | null> {
  if (key.length > 200) throw new AppError("validation", "Idempotency-Key is too long", { "Idempotency-Key": "At most 200 characters" });
  const row = await db.idempotencyKey.findUnique({ where: { scope_key: { scope, key } } });
  if (!row) return null;
  if (row.requestHash !== hash) {
    throw new AppError("validation", "Idempotency-Key was used with a different request body", { "Idempotency-Key": "Already used with a different request body" });
  }
  return { status: row.responseStatus, body: JSON.parse(row.responseBody) };
}

export async function rememberIdempotent(scope: string, key: string, hash: string, response: StoredResponse): Promise<void> {
  try {
    await db.idempotencyKey.create({ data: { scope, key, requestHash: hash, responseStatus: response.status, responseBody: JSON.stringify(response.body) } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
}
