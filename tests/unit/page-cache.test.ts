/**
 * scripts/page-cache.mjs in front of a stand-in for Next's handler that behaves like proxy.ts and a
 * page: it takes the placeholder nonce from the render header only when it is the process's own,
 * reads a cached read model (lib/cache/tagged-cache.ts) and renders it with the nonce on its script.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { cached, clearCache, invalidateTags } from "@/lib/cache/tagged-cache";
import { createPageCache, RENDER_NONCE_HEADER } from "../../scripts/page-cache.mjs";

let renders = 0;
let title = "Erste Fassung";
let status = 200;
let server: http.Server;
/** Holds the next render until resolved (waiting counts renders held). */
let slowRender: Promise<void> | null = null;
let waiting = 0;
const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((r) => setImmediate(r));
};
let base = "";

function fakeNext(req: http.IncomingMessage, res: http.ServerResponse) {
  const sent = req.headers[RENDER_NONCE_HEADER];
  const nonce = sent === process.env.TAGUNG_RENDER_NONCE ? String(sent) : `fresh${Math.random().toString(36).slice(2)}`;
  const gate = slowRender;
  slowRender = null;
  if (gate) waiting++;
  return cached("page-data", async () => ({ title }), { ttlMs: 60_000, tags: () => ["conference:x"] }).then(async (data) => {
    if (gate) await gate;
    renders++;
    res.statusCode = status;
    res.setHeader("content-security-policy", `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    res.setHeader("content-type", req.url?.startsWith("/api/") ? "application/json" : "text/html; charset=utf-8");
    if (req.url?.startsWith("/api/")) res.setHeader("etag", `"v-${data.title.length}"`);
    res.write(`<!doctype html><h1>${data.title}</h1>`);
    res.end(`<script nonce="${nonce}">self.__next_f=[]</script>`);
  });
}

beforeAll(async () => {
  const handleWithPageCache = createPageCache();
  server = http.createServer((req, res) => void handleWithPageCache(req, res, fakeNext));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  clearCache();
  renders = 0;
  title = "Erste Fassung";
  status = 200;
  slowRender = null;
  waiting = 0;
});

const nonceOf = (response: Response) => /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];

describe("whole-page cache with a fresh nonce per response", () => {
  it("renders a public page once; every response carries its own nonce in the header and on the script", async () => {
    const responses = await Promise.all(Array.from({ length: 5 }, () => fetch(`${base}/conferences/tagung-2027`)));
    const again = await fetch(`${base}/conferences/tagung-2027`);
    expect(renders).toBe(1);
    const nonces = new Set<string>();
    for (const response of [...responses, again]) {
      const body = await response.text();
      const nonce = nonceOf(response)!;
      expect(body).toContain(`<script nonce="${nonce}">`);
      expect(body).not.toContain(process.env.TAGUNG_RENDER_NONCE!);
      nonces.add(nonce);
    }
    expect(nonces.size).toBe(6);
    expect(again.headers.get("x-tagung-page-cache")).toBe("hit");
  });

  it("renders again once a use case invalidates the data the page read", async () => {
    expect(await (await fetch(`${base}/en/conferences/tagung-2027`)).text()).toContain("Erste Fassung");
    title = "Zweite Fassung";
    expect(await (await fetch(`${base}/en/conferences/tagung-2027`)).text()).toContain("Erste Fassung");
    invalidateTags(["conference:x"]);
    expect(await (await fetch(`${base}/en/conferences/tagung-2027`)).text()).toContain("Zweite Fassung");
    expect(renders).toBe(2);
  });

  it("while one request renders a changed page, the others get the previous version instead of waiting", async () => {
    await fetch(`${base}/conferences/swr`);
    title = "Neu";
    invalidateTags(["conference:x"]);
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    slowRender = gate;
    const rerender = fetch(`${base}/conferences/swr`);
    await until(() => waiting > 0);
    const meanwhile = await fetch(`${base}/conferences/swr`);
    expect(meanwhile.headers.get("x-tagung-page-cache")).toBe("stale");
    expect(await meanwhile.text()).toContain("Erste Fassung");
    release();
    expect(await (await rerender).text()).toContain("Neu");
    expect((await fetch(`${base}/conferences/swr`)).headers.get("x-tagung-page-cache")).toBe("hit");
  });

  it("when the data only expired, it is loaded again and an unchanged page is kept without rendering", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      await fetch(`${base}/conferences/reval`);
      vi.setSystemTime(Date.now() + 61_000);
      const again = await fetch(`${base}/conferences/reval`);
      expect(again.headers.get("x-tagung-page-cache")).toBe("revalidated");
      expect(renders).toBe(1);
      title = "Neu";
      vi.setSystemTime(Date.now() + 61_000);
      expect(await (await fetch(`${base}/conferences/reval`)).text()).toContain("Neu");
      expect(renders).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it("passes through what it must not share: other paths, queries, router requests, POSTs", async () => {
    for (const [path, init] of [
      ["/organiser/conferences/abc", {}],
      ["/conferences/tagung-2027/register", {}],
      ["/conferences/tagung-2027?x=1", {}],
      ["/conferences/tagung-2027", { headers: { rsc: "1" } }],
      ["/conferences/tagung-2027", { method: "POST", body: "x" }],
    ] as const) {
      const before = renders;
      const first = nonceOf(await fetch(`${base}${path}`, init));
      await fetch(`${base}${path}`, init);
      expect(renders - before).toBe(2);
      expect(first).toMatch(/^fresh/);
    }
  });

  it("ignores a render nonce a client sends", async () => {
    const response = await fetch(`${base}/conferences/other`, { headers: { [RENDER_NONCE_HEADER]: "chosen-by-attacker" } });
    expect(nonceOf(response)).not.toBe("chosen-by-attacker");
    expect(await response.text()).not.toContain("chosen-by-attacker");
  });

  it("keeps no error pages", async () => {
    status = 404;
    await fetch(`${base}/conferences/missing`);
    await fetch(`${base}/conferences/missing`);
    expect(renders).toBe(2);
  });

  it("answers a conditional request for cached JSON with 304 when the ETag matches", async () => {
    const first = await fetch(`${base}/api/conferences/tagung-2027`);
    const etag = first.headers.get("etag")!;
    expect(first.status).toBe(200);
    const revalidated = await fetch(`${base}/api/conferences/tagung-2027`, { headers: { "if-none-match": etag } });
    expect(revalidated.status).toBe(304);
    const stale = await fetch(`${base}/api/conferences/tagung-2027`, { headers: { "if-none-match": '"other"' } });
    expect(stale.status).toBe(200);
    expect(renders).toBe(1);
  });

  it("compresses for clients that accept gzip", async () => {
    const response = await new Promise<http.IncomingMessage>((resolve) => http.get(`${base}/conferences/gzip`, { headers: { "accept-encoding": "gzip" } }, resolve));
    response.resume();
    expect(response.headers["content-encoding"]).toBe("gzip");
  });
});
