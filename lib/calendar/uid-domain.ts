/**
 * The domain part of every calendar UID (`session-<id>@<domain>`). It is fixed at first start —
 * taken from APP_URL's host then and stored as an AppSetting — because a UID that changed with
 * APP_URL would make every calendar add a second copy of every event after a move.
 */
import { appHostname } from "../http";
import type { Db, Tx } from "../db";

export const UID_DOMAIN_KEY = "calendar.uidDomain";

let cached: string | null = null;

/** Reads the stored domain, storing APP_URL's host if there is none yet. Cached: it never changes. */
export async function loadUidDomain(client: Db | Tx): Promise<string> {
  if (cached) return cached;
  const row = await client.appSetting.upsert({ where: { key: UID_DOMAIN_KEY }, create: { key: UID_DOMAIN_KEY, value: appHostname() }, update: {} });
  cached = row.value;
  return cached;
}

/**
 * The domain for UIDs built now. Everything that builds events for attendees (queries, use cases)
 * calls loadUidDomain first; APP_URL's host is only the answer for pure code with no database
 * (unit tests), where it is also what loadUidDomain would store.
 */
export function uidDomain(): string {
  return cached ?? appHostname();
}

/** Tests only: forget the cached value, as a restarted process would. */
export function forgetUidDomain(): void {
  cached = null;
}
