import "server-only";
import { createHash } from "node:crypto";
import { cached } from "../cache/tagged-cache";
import { conferenceTag, publicCacheMs, registrationTag } from "../conferences/public-cache";
import { registrationIdForToken } from "../registrations/link-tokens";
import { hashToken, isWellFormedToken } from "../registrations/token";
import { buildCalendar } from "./ics";
import { agendaFeedOf, type Feed } from "./queries";

/**
 * An .ics response with validators, so calendar clients can poll cheaply. DTSTAMP is the feed's
 * last change (not the time of the request), so unchanged data gives the same bytes and the ETag
 * can be a strong hash of the body; Last-Modified is that same last change.
 */
type Built = { body: string; etag: string; feed: Feed };

function build(feed: Feed): Built {
  // No METHOD: a feed or download is data to subscribe to or import, not an iTIP message.
  const body = buildCalendar({ name: feed.name, events: feed.events, stamp: feed.lastModified });
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  return { body, etag, feed };
}

const builtByVersion = new Map<string, Built>();

/**
 * Builds a public feed once per version (see conferenceFeedVersion) and serves it from memory
 * until the programme changes: a 200-session calendar is costly to generate, cheap to compare.
 */
export async function cachedCalendarResponse(request: Request, key: string, version: string | null, load: () => Promise<Feed | null>): Promise<Response> {
  if (!version) return calendarResponse(request, null, { isPrivate: false });
  const cacheKey = `${key}|${version}`;
  let built = builtByVersion.get(cacheKey);
  if (!built) {
    const feed = await load();
    if (!feed) return calendarResponse(request, null, { isPrivate: false });
    built = build(feed);
    for (const k of builtByVersion.keys()) if (k.startsWith(`${key}|`)) builtByVersion.delete(k);
    builtByVersion.set(cacheKey, built);
  }
  return respond(request, built, false);
}

/**
 * One attendee's agenda feed, kept per registration (and its token's lookup per token) until a use
 * case changes its conference, sessions or registration, or revokes its feed links (tags
 * `conference:<id>`, `registration:<id>`, lib/conferences/public-cache.ts), and at most
 * PUBLIC_CACHE_MS: in this process a revoked token stops at once, in other instances within that
 * time. A calendar client's poll then costs no query and, unchanged, answers 304.
 */
export async function agendaCalendarResponse(request: Request, token: string): Promise<Response> {
  const id = isWellFormedToken(token)
    ? await cached(`feed-token:${hashToken(token)}`, () => registrationIdForToken(token, "feed"), {
        ttlMs: publicCacheMs(),
        tags: (registrationId) => (registrationId ? [registrationTag(registrationId)] : []),
        keep: (registrationId) => registrationId !== null,
      })
    : null;
  const loadAgenda = async (registrationId: string) => {
    const found = await agendaFeedOf(registrationId);
    return found ? { built: build(found.feed), conferenceId: found.conferenceId } : null;
  };
  const agenda = id ? await cached(`agenda:${id}`, () => loadAgenda(id), { ttlMs: publicCacheMs(), tags: (v) => (v ? [conferenceTag(v.conferenceId), registrationTag(id)] : []) }) : null;
  if (!agenda) return calendarResponse(request, null, { isPrivate: true });
  return respond(request, agenda.built, true);
}

export function calendarResponse(request: Request, feed: Feed | null, { isPrivate }: { isPrivate: boolean }): Response {
  if (!feed) return Response.json({ error: "not_found", message: "No such calendar" }, { status: 404 });
  return respond(request, build(feed), isPrivate);
}

/**
 * Only If-None-Match decides: the ETag covers every byte, while Last-Modified (the newest
 * updatedAt) misses inputs without a timestamp, such as a renamed room, so If-Modified-Since
 * alone could keep a stale calendar.
 */
function notModified(request: Request, etag: string): boolean {
  const match = request.headers.get("if-none-match");
  return !!match && (match.trim() === "*" || match.split(",").some((m) => m.trim().replace(/^W\//, "") === etag));
}

function respond(request: Request, { body, etag, feed }: Built, isPrivate: boolean): Response {
  const headers = {
    "Content-Type": "text/calendar; charset=utf-8",
    "Content-Disposition": `attachment; filename="${feed.filename}"`,
    "Cache-Control": isPrivate ? "private, max-age=300" : "public, max-age=300",
    ETag: etag,
    "Last-Modified": feed.lastModified.toUTCString(),
    ...(isPrivate ? { "X-Robots-Tag": "noindex", "Referrer-Policy": "no-referrer" } : {}),
  };
  if (notModified(request, etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { headers });
}
