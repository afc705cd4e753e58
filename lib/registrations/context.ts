/**
 * What a registration needs to know about its conference (window, questions, hosts, the sessions
 * one may choose), kept in memory for a moment: under load every request asks the same, and seat
 * counts — the only thing that must be exact — are never taken from here but decided by the
 * conditional UPDATE in the transaction. REGISTRATION_CACHE_MS (default 1000, 0 = off).
 */
import "server-only";
import { db } from "../db";
import { conferenceMailInclude, sessionMailSelect } from "./payloads";

async function load(slug: string) {
  const conference = await db.conference.findUnique({
    where: { slug },
    include: {
      ...conferenceMailInclude,
      questions: { where: { archivedAt: null }, orderBy: { position: "asc" } },
      sessions: { where: { status: { not: "draft" } }, select: sessionMailSelect },
    },
  });
  if (!conference) return null;
  const { sessions, ...rest } = conference;
  return { conference: rest, sessions: new Map(sessions.map((s) => [s.id, s])) };
}

export type RegistrationContext = NonNullable<Awaited<ReturnType<typeof load>>>;

const cache = new Map<string, { at: number; value: Promise<RegistrationContext | null> }>();

/**
 * `fresh`: read it now whatever the cache holds (a request naming a session the cached copy does
 * not know: scheduled a moment ago, in this process or another).
 */
export function registrationContext(slug: string, now = Date.now(), fresh = false): Promise<RegistrationContext | null> {
  const ttl = Number(process.env.REGISTRATION_CACHE_MS ?? 1000);
  const hit = cache.get(slug);
  if (ttl > 0 && hit && !fresh && now - hit.at < ttl) return hit.value;
  const value = load(slug);
  if (ttl > 0) {
    cache.set(slug, { at: now, value });
    value.catch(() => cache.delete(slug));
    if (cache.size > 1000) cache.clear();
  }
  return value;
}
