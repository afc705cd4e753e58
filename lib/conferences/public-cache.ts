/**
 * The public read models (conference page, programme, session pages, `GET /api/conferences…`)
 * served from memory. Use cases that change what these show call `invalidatePublicConference`
 * after their transaction commits; every other instance sees the change within PUBLIC_CACHE_MS
 * (default 2000 ms, 0 = off). Seat counts may be that old on a page — registration itself never
 * reads them from here (the conditional UPDATE in the transaction decides).
 */
import "server-only";
import { cached, invalidateTags } from "../cache/tagged-cache";
import type { Tx } from "../db";
import { afterCommit } from "../db-retry";
import { getPublicConference, listPublicConferences } from "./queries";

const LIST_TAG = "public-conferences";
/** The tag of everything public that shows this conference (pages, its JSON, attendees' agenda feeds). */
export const conferenceTag = (conferenceId: string) => `conference:${conferenceId}`;

/** How long a seat-count change may wait before the pages reload: a burst of registrations reloads once per this. */
export const SEAT_COUNT_DELAY_MS = 500;

export function publicCacheMs(): number {
  const value = Number(process.env.PUBLIC_CACHE_MS ?? 2000);
  return Number.isFinite(value) ? value : 2000;
}

export function cachedPublicConference(slug: string) {
  return cached(`public-conference:${slug}`, () => getPublicConference(slug), {
    ttlMs: publicCacheMs(),
    // A slug that is not (yet) public is remembered too, and forgotten with any conference change.
    tags: (c) => (c ? [conferenceTag(c.id), LIST_TAG] : [LIST_TAG]),
  });
}

export function cachedPublicConferences() {
  return cached("public-conferences", () => listPublicConferences(), {
    ttlMs: publicCacheMs(),
    tags: () => [LIST_TAG],
  });
}

/**
 * After a change to a conference, its sessions, rooms, tracks, speakers or hosts: the pages show
 * it on the next request. `seatsOnly` (registrations, cancellations, waiting-list moves): within
 * SEAT_COUNT_DELAY_MS, so that a registration burst does not reload the programme per request.
 */
export function invalidatePublicConference(
  conferenceId: string,
  { seatsOnly = false } = {},
): void {
  invalidateTags(
    seatsOnly
      ? [conferenceTag(conferenceId)]
      : [conferenceTag(conferenceId), LIST_TAG],
    { within: seatsOnly ? SEAT_COUNT_DELAY_MS : 0 },
  );
}

/** Inside a use case's transaction: the public pages of this conference change once it commits. */
export function publicConferenceChanged(
  tx: Tx,
  conferenceId: string,
  options: { seatsOnly?: boolean } = {},
): void {
  afterCommit(tx, () => invalidatePublicConference(conferenceId, options));
}

/** Inside a transaction that changes what every conference page may show (a host's name, removed demo data). */
export function allPublicConferencesChanged(tx: Tx): void {
  afterCommit(tx, () => invalidateTags([LIST_TAG]));
}

/** The tag of what is cached for one registration (its agenda feed, its feed token). */
export const registrationTag = (registrationId: string) => `registration:${registrationId}`;

/** Inside a transaction that revokes or deletes a registration's feed tokens: cached lookups go once it commits. */
export function registrationLinksChanged(tx: Tx, registrationId: string): void {
  afterCommit(tx, () => invalidateTags([registrationTag(registrationId)]));
}
