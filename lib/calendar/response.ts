import { createHash } from "node:crypto";
import { buildCalendar } from "./ics";
import type { Feed } from "./queries";

/**
 * An .ics response with validators, so calendar clients can poll cheaply: the ETag covers the
 * content without DTSTAMP (which is the time of generation), Last-Modified the newest change.
 */
type Built = { body: string; etag: string; feed: Feed };

function build(feed: Feed): Built {
  const body = buildCalendar({ method: "PUBLISH", name: feed.name, events: feed.events });
  const etag = `"${createHash("sha256").update(body.replace(/^DTSTAMP:.*\r\n/gm, "")).digest("base64url").slice(0, 27)}"`;
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

export function calendarResponse(request: Request, feed: Feed | null, { isPrivate }: { isPrivate: boolean }): Response {
  if (!feed) return Response.json({ error: "not_found", message: "No such calendar" }, { status: 404 });
  return respond(request, build(feed), isPrivate);
}

function respond(request: Request, { body, etag, feed }: Built, isPrivate: boolean): Response {
  const headers = {
    "Content-Type": "text/calendar; charset=utf-8",
    "Content-Disposition": `attachment; filename="${feed.filename}"`,
    "Cache-Control": isPrivate ? "private, max-age=300" : "public, max-age=300",
    ETag: etag,
    "Last-Modified": new Date(Math.floor(feed.lastModified.getTime() / 1000) * 1000).toUTCString(),
    ...(isPrivate ? { "X-Robots-Tag": "noindex", "Referrer-Policy": "no-referrer" } : {}),
  };
  const match = request.headers.get("if-none-match");
  if (match && match.split(",").map((m) => m.trim()).includes(etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { headers });
}
