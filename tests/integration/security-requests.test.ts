/**
 * Issue 11, §2.1–2.4 and 2.7: the development mailbox's key, sign-in answering the same for every
 * address, the client address for rate limits, rate limits shared by app processes, security headers.
 */
import { execFile } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import { promisify } from "node:util";
import { NextRequest } from "next/server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GET as attachment } from "@/app/api/dev/mailbox/[id]/attachments/[index]/route";
import { GET as raw } from "@/app/api/dev/mailbox/[id]/raw/route";
import { POST } from "@/app/api/conferences/[slug]/registrations/route";
import { POST as requestLink } from "@/app/api/registrations/manage-link/route";
import { authOptions } from "@/lib/auth";
import { db } from "@/lib/db";
import { resetRateLimits } from "@/lib/rate-limit";
import proxy from "@/proxy";
import { createConference, uniq } from "../helpers/fixtures";

const saved = { ...process.env };
beforeEach(async () => {
  // Other test files switch rate limits off; these tests are about them.
  delete process.env.RATE_LIMIT;
  await resetRateLimits();
});
afterEach(() => {
  for (const key of ["DEV_MAILBOX", "DEV_MAILBOX_KEY", "TRUSTED_PROXY_HOPS", "TAGUNG_REMOTE_ADDRESS", "APP_URL", "RATE_LIMIT_LINKS_PER_IP"]) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
});

describe("development mailbox key", () => {
  const KEY = "k".repeat(43);
  async function storedMail() {
    return db.devMailboxMessage.create({
      data: { messageId: `<${uniq("m")}@test>`, from: "a@example.org", to: "b@example.org", subject: "Anmeldelink", text: "link", raw: "Subject: x\r\n\r\nlink" },
    });
  }
  const withCookie = (value?: string) => new Request("http://test/api/dev/mailbox/x/raw", { headers: value ? { cookie: `tagung-mailbox=${value}` } : {} });

  it("every /api/dev/mailbox/… route answers 404 without the key's cookie, even with the mailbox on", async () => {
    process.env.DEV_MAILBOX = "1";
    process.env.DEV_MAILBOX_KEY = KEY;
    const mail = await storedMail();
    const routes = {
      raw: (r: Request) => raw(r, { params: Promise.resolve({ id: mail.id }) }),
      attachment: (r: Request) => attachment(r, { params: Promise.resolve({ id: mail.id, index: "0" }) }),
    };
    for (const [name, route] of Object.entries(routes)) {
      for (const cookie of [undefined, "wrong", KEY.slice(1), `${KEY}x`]) expect((await route(withCookie(cookie))).status, `${name} ${cookie}`).toBe(404);
    }
    expect((await routes.raw(withCookie(KEY))).status).toBe(200);
    // No key configured: closed for everyone.
    delete process.env.DEV_MAILBOX_KEY;
    expect((await routes.raw(withCookie(KEY))).status).toBe(404);
  });

  it("/dev/mailbox?key=… with the right key sets an HttpOnly cookie and drops the key from the address; a wrong key sets nothing", async () => {
    process.env.DEV_MAILBOX = "1";
    process.env.DEV_MAILBOX_KEY = KEY;
    for (const prefix of ["", "/en"]) {
      const ok = await proxy(new NextRequest(`http://localhost:3000${prefix}/dev/mailbox?key=${KEY}`));
      expect(ok.status).toBe(303);
      expect(ok.headers.get("location")).toBe(`http://localhost:3000${prefix}/dev/mailbox`);
      const cookie = ok.headers.get("set-cookie") ?? "";
      expect(cookie).toContain(`tagung-mailbox=${KEY}`);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).not.toMatch(/Secure/i);
      const wrong = await proxy(new NextRequest(`http://localhost:3000${prefix}/dev/mailbox?key=nope`));
      expect(wrong.headers.get("set-cookie") ?? "").not.toContain("tagung-mailbox");
    }
    process.env.APP_URL = "https://tagung.example.org";
    const secure = await proxy(new NextRequest(`https://tagung.example.org/dev/mailbox?key=${KEY}`));
    expect(secure.headers.get("set-cookie")).toMatch(/Secure/i);
  });
});

describe("sign-in answers the same for every address", () => {
  // next-auth's own request handler (what /api/auth/[...nextauth] runs), with a CSRF token as the form sends it.
  const { AuthHandler } = createRequire(import.meta.url)(path.resolve("node_modules/next-auth/core/index.js")) as {
    AuthHandler: (p: { req: Request; options: typeof authOptions }) => Promise<{ redirect?: string; status?: number }>;
  };
  const secret = "test-secret";
  async function requestLinkFor(email: string) {
    const csrf = randomBytes(16).toString("hex");
    const cookie = `next-auth.csrf-token=${csrf}|${createHash("sha256").update(`${csrf}${secret}`).digest("hex")}`;
    const req = new Request("http://localhost:3000/api/auth/signin/email", {
      method: "POST",
      headers: { "content-type": "application/json", cookie, host: "localhost:3000" },
      body: JSON.stringify({ email, csrfToken: csrf, callbackUrl: "http://localhost:3000/organiser", json: "true" }),
    });
    return AuthHandler({ req, options: { ...authOptions, secret } });
  }

  it("a known and an unknown address both get the verify-request answer; only the known one gets a stored token and an email", async () => {
    const known = await db.user.create({ data: { email: `${uniq("orga")}@example.org` } });
    const unknown = `${uniq("nobody")}@example.org`;
    const answers = { known: await requestLinkFor(known.email), unknown: await requestLinkFor(unknown) };
    expect(answers.unknown.redirect).not.toContain("error");
    expect(answers.unknown.redirect).toBe(answers.known.redirect);
    expect(answers.known.redirect).toContain("verify-request");
    expect(await db.verificationToken.count({ where: { identifier: known.email } })).toBe(1);
    expect(await db.verificationToken.count({ where: { identifier: unknown } })).toBe(0);
    expect(await db.emailOutbox.count({ where: { toAddress: unknown } })).toBe(0);
    expect(await db.emailOutbox.count({ where: { toAddress: known.email, kind: "sign-in" } })).toBe(1);
  });
});

describe("client address for rate limits", () => {
  const lostLink = (headers: Record<string, string>) =>
    requestLink(new Request("http://test/api/registrations/manage-link", { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ email: `${uniq("x")}@example.org` }) }));

  it.each([
    ["direct connection: the socket address, whatever X-Forwarded-For says", { TAGUNG_REMOTE_ADDRESS: "socket" }, (i: number) => ({ "x-forwarded-for": `198.51.100.${i}`, "x-tagung-remote-address": "203.0.113.7" })],
    ["one trusted proxy: the address it appended, not the ones the client wrote", { TRUSTED_PROXY_HOPS: "1" }, (i: number) => ({ "x-forwarded-for": `198.51.100.${i}, 203.0.113.7` })],
    ["two trusted proxies: the second address from the right", { TRUSTED_PROXY_HOPS: "2" }, (i: number) => ({ "x-forwarded-for": `198.51.100.${i}, 203.0.113.7, 10.0.0.${i}` })],
    ["a spoofed remote-address header counts for nothing outside scripts/serve.mjs", {}, (i: number) => ({ "x-forwarded-for": `198.51.100.${i}`, "x-tagung-remote-address": `192.0.2.${i}` })],
  ])("%s: rotating X-Forwarded-For does not get past the per-IP limit", async (_name, env, headers) => {
    delete process.env.TRUSTED_PROXY_HOPS;
    Object.assign(process.env, env, { RATE_LIMIT_LINKS_PER_IP: "3" });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await lostLink(headers(i))).status);
    expect(statuses).toEqual([202, 202, 202, 429, 429]);
  });

  it("registrations: twelve spoofed X-Forwarded-For addresses from one socket are limited like one client", async () => {
    delete process.env.TRUSTED_PROXY_HOPS;
    process.env.TAGUNG_REMOTE_ADDRESS = "socket";
    const { conference } = await createConference();
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) {
      const response = await POST(
        new Request(`http://test/api/conferences/${conference.slug}/registrations`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": `198.51.100.${i}`, "x-tagung-remote-address": "203.0.113.8" },
          body: JSON.stringify({ name: "Spoofer", email: `${uniq("s")}@example.org`, consent: true }),
        }),
        { params: Promise.resolve({ slug: conference.slug }) },
      );
      statuses.push(response.status);
    }
    expect(statuses.filter((s) => s === 201)).toHaveLength(20);
    expect(statuses.slice(20)).toEqual([429, 429]);
  });
});

describe("rate limits shared by every app process", () => {
  it("two processes on one database together allow exactly the limit", async () => {
    const run = promisify(execFile);
    const key = uniq("shared");
    const worker = () => run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--tsconfig=tsconfig.scripts.json", "tests/helpers/rate-limit-worker.ts", key, "10", "8"], { env: process.env });
    const results = await Promise.all([worker(), worker()]);
    const allowed = results.map((r) => JSON.parse(r.stdout.trim().split("\n").pop()!).allowed as number);
    expect(allowed[0] + allowed[1]).toBe(10);
    expect(Number((await db.rateLimitCounter.findUniqueOrThrow({ where: { key } })).count)).toBe(16);
  }, 60_000);
});

describe("security headers on pages", () => {
  it.each([
    ["/", "camera=()"],
    ["/en/conferences/x", "camera=()"],
    ["/organiser/conferences/abc/check-in", "camera=(self)"],
    ["/en/organiser/conferences/abc/check-in", "camera=(self)"],
    ["/organiser/conferences/abc/attendees", "camera=()"],
  ])("%s: a nonce CSP without eval and Permissions-Policy %s", async (pathname, camera) => {
    const response = await proxy(new NextRequest(`http://localhost:3000${pathname}`));
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get("permissions-policy")).toContain(camera);
    expect(response.headers.get("strict-transport-security")).toBeNull();
  });

  it("a fresh nonce per request, and HSTS when APP_URL is https", async () => {
    const nonce = async () => /'nonce-([^']+)'/.exec((await proxy(new NextRequest("http://localhost:3000/"))).headers.get("content-security-policy")!)![1];
    expect(await nonce()).not.toBe(await nonce());
    process.env.APP_URL = "https://tagung.example.org";
    const response = await proxy(new NextRequest("https://tagung.example.org/"));
    expect(response.headers.get("strict-transport-security")).toMatch(/max-age=\d{8}/);
  });
});
