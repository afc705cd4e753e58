import "server-only";
import { db } from "./db";

export type Health = { ok: true } | { ok: false; reason: string };

/** One trivial query: proves the database answers, nothing more. */
export async function checkHealth(): Promise<Health> {
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return { ok: true };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: message.split("\n").find((l) => l.trim()) ?? "database unreachable" };
  }
}
