/**
 * Whole-page cache for the public pages (home, conference, session pages), used by scripts/serve.mjs.
 *
 * The pages carry a per-request CSP nonce, which is why Next renders them on every request (a
 * static or ISR page cannot carry one). Rendering the conference page costs ~40 ms of CPU; serving
 * stored HTML costs well under 1 ms. So a page is rendered once with a placeholder nonce — a
 * per-process random secret that never leaves the process — and every response gets a fresh
 * nonce substituted for it, in the body and in the headers (CSP). Scripts an attacker could
 * smuggle into the data still cannot know the nonce: it is new for every response, as before.
 *
 * A stored page is valid while every cached read model its render read (lib/cache/tagged-cache.ts,
 * recorded through an AsyncLocalStorage) is still the current, unexpired entry: the use cases'
 * tag invalidations and PUBLIC_CACHE_MS apply to the HTML without a second set of tags. When the
 * entries only expired, their data is loaded again and, if unchanged, the page is kept without a
 * render; otherwise the first request renders it again. Requests arriving meanwhile get the
 * previous version.
 * PAGE_CACHE=off turns it off.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { randomBytes } from "node:crypto";
import zlib from "node:zlib";

const STORE_KEY = Symbol.for("tagung.tagged-cache");
/** Request header carrying the placeholder to proxy.ts (a client's own value is dropped first). */
export const RENDER_NONCE_HEADER = "x-tagung-render-nonce";
/** The public pages, the public conference JSON (`GET /api/conferences[/{slug}]`) and agenda feeds. */
const CACHEABLE_PATH = /^(?:(?:\/en)?(?:\/|\/conferences\/[^/]+(?:\/sessions\/[^/]+)?\/?)?|\/api\/conferences(?:\/[^/]+)?|\/api\/agenda\/[^/]+\/calendar\.ics)$/;
const ROUTER_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action", "next-url"];
const MAX_PAGES = 2_000;

export function createPageCache() {
  const store = (globalThis[STORE_KEY] ??= { entries: new Map(), listeners: new Set(), reads: new AsyncLocalStorage() });
  // Letters, digits, - and _ only: substituted verbatim in HTML, JSON and the CSP header.
  const placeholder = randomBytes(24).toString("base64url");
  process.env.TAGUNG_RENDER_NONCE = placeholder;
  const pages = new Map();
  const rendering = new Map();

  const revalidating = new Map();
  const current = (page) => page.deps.length > 0 && page.deps.every((d) => store.entries.get(d.key) === d && d.expires > Date.now());
  const unchanged = (page) => page.deps.length > 0 && page.deps.every((d) => store.entries.get(d.key) === d && typeof d.revalidate === "function");

  function cacheable(req) {
    if (process.env.PAGE_CACHE === "off" || req.method !== "GET") return false;
    const url = req.url ?? "";
    if (url.includes("?") || !CACHEABLE_PATH.test(url)) return false;
    return !ROUTER_HEADERS.some((h) => h in req.headers);
  }

  /** Runs Next's handler with the placeholder nonce and collects the response instead of sending it. */
  function capture(req, res, handle) {
    const deps = new Set();
    const chunks = [];
    const own = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders };
    req.headers[RENDER_NONCE_HEADER] = placeholder;
    // Uncompressed, so the nonce can be substituted, and always the full answer: send() compresses
    // and answers conditional requests itself.
    for (const name of ["accept-encoding", "if-none-match", "if-modified-since"]) delete req.headers[name];
    return new Promise((resolve, reject) => {
      const toBuffer = (chunk, encoding) => (Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8"));
      res.writeHead = function (status, reason, headers) {
        res.statusCode = status;
        const h = typeof reason === "object" ? reason : headers;
        if (h) for (const [k, v] of Object.entries(h)) res.setHeader(k, v);
        return res;
      };
      res.flushHeaders = () => {};
      res.write = (chunk, encoding, callback) => {
        chunks.push(toBuffer(chunk, encoding));
        (typeof encoding === "function" ? encoding : callback)?.();
        return true;
      };
      res.end = (chunk, encoding, callback) => {
        if (chunk && typeof chunk !== "function") chunks.push(toBuffer(chunk, encoding));
        Object.assign(res, own);
        const headers = { ...res.getHeaders() };
        for (const name of Object.keys(headers)) res.removeHeader(name);
        resolve({ status: res.statusCode, headers, body: Buffer.concat(chunks).toString("utf8"), deps: [...deps] });
        (typeof chunk === "function" ? chunk : typeof encoding === "function" ? encoding : callback)?.();
        return res;
      };
      // A client that goes away mid-render ends it without end(): the waiters then render for themselves.
      res.once("close", () => {
        Object.assign(res, own);
        reject(new Error("client closed the connection during the render"));
      });
      store.reads.run(deps, () => Promise.resolve(handle(req, res)).catch(reject));
    });
  }

  function send(req, res, page, state) {
    const nonce = randomBytes(16).toString("base64");
    let body = Buffer.from(page.body.replaceAll(placeholder, nonce), "utf8");
    const headers = {};
    for (const [name, value] of Object.entries(page.headers)) {
      if (["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive"].includes(name)) continue;
      headers[name] = Array.isArray(value) ? value.map((v) => String(v).replaceAll(placeholder, nonce)) : String(value).replaceAll(placeholder, nonce);
    }
    if (/\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      body = zlib.gzipSync(body, { level: 1 });
      headers["content-encoding"] = "gzip";
      headers.vary = "Accept-Encoding";
    }
    headers["x-tagung-page-cache"] = state;
    const etag = headers.etag;
    const match = req.headers["if-none-match"];
    if (etag && match && match.split(",").some((m) => m.trim().replace(/^W\//, "") === etag.replace(/^W\//, ""))) {
      delete headers["content-encoding"];
      res.writeHead(304, headers);
      return res.end();
    }
    headers["content-length"] = String(body.length);
    res.writeHead(page.status, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  }

  const storable = (page) => page.status === 200 && !("set-cookie" in page.headers) && page.deps.length > 0;

  /** Answers the request from the cache (rendering it once if needed), or hands it to Next. */
  return async function handleWithPageCache(req, res, handle) {
    delete req.headers[RENDER_NONCE_HEADER];
    if (!cacheable(req)) return handle(req, res);
    const key = req.url;
    const hit = pages.get(key);
    if (hit && current(hit)) return send(req, res, hit, "hit");
    // Only expired (not invalidated): load the data again; unchanged data keeps the page.
    if (hit && unchanged(hit)) {
      let check = revalidating.get(key);
      if (check) return send(req, res, hit, "stale");
      check = Promise.all(hit.deps.filter((d) => d.expires <= Date.now()).map((d) => d.revalidate?.() ?? false)).then((kept) => kept.every(Boolean));
      revalidating.set(key, check);
      const kept = await check.finally(() => revalidating.delete(key));
      if (kept && current(hit)) return send(req, res, hit, "revalidated");
    }
    let pending = rendering.get(key);
    // While one request renders the page anew, the others get the previous version rather than
    // queueing behind the render: it is at most one render's time older than the change.
    if (hit && pending) return send(req, res, hit, "stale");
    const mine = !pending;
    if (mine) {
      const conditional = Object.fromEntries(["accept-encoding", "if-none-match", "if-modified-since"].map((name) => [name, req.headers[name]]));
      pending = capture(req, res, handle).then((page) => {
        for (const [name, value] of Object.entries(conditional)) if (value !== undefined) req.headers[name] = value;
        return page;
      });
      rendering.set(key, pending);
      pending.then(
        (page) => {
          if (rendering.get(key) === pending) rendering.delete(key);
          if (!storable(page)) return;
          if (pages.size >= MAX_PAGES) pages.clear();
          pages.set(key, page);
        },
        () => rendering.delete(key),
      );
    }
    let page;
    try {
      page = await pending;
    } catch {
      if (mine || res.destroyed) return res.destroyed || res.end();
      return handle(req, res);
    }
    return send(req, res, page, "miss");
  };
}
