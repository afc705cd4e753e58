/**
 * Issue 11, §2 against the production server (scripts/serve.mjs): the mailbox key, the same sign-in
 * answer for every address, rate limits keyed on the socket address, the CSP nonce on every script.
 */
import "./helpers/database";
import { randomUUID } from "node:crypto";
import { expect, request, test } from "@playwright/test";
import { db } from "../../lib/db";
import { DEMO_ORGANISERS } from "./helpers/demo";
import { E2E_BASE_URL, E2E_MAILBOX_KEY, E2E_PORT } from "./helpers/server";

test("the development mailbox answers 404 to everyone without its key; the key in the address sets an HttpOnly cookie", async ({ browser }) => {
  const mail = await db.devMailboxMessage.findFirst({ orderBy: { createdAt: "desc" } });
  const stranger = await request.newContext({ baseURL: E2E_BASE_URL, maxRedirects: 0 });
  for (const path of ["/dev/mailbox", "/en/dev/mailbox", "/dev/mailbox?key=wrong", ...(mail ? [`/dev/mailbox/${mail.id}`, `/api/dev/mailbox/${mail.id}/raw`, `/api/dev/mailbox/${mail.id}/attachments/0`] : [])]) {
    expect((await stranger.get(path)).status(), path).toBe(404);
  }
  const opened = await stranger.get(`/dev/mailbox?key=${E2E_MAILBOX_KEY}`);
  expect(opened.status()).toBe(303);
  expect(opened.headers().location).toMatch(/\/dev\/mailbox$/);
  expect(opened.headers()["set-cookie"]).toMatch(/tagung-mailbox=.*HttpOnly/i);

  const context = await browser.newContext({ baseURL: E2E_BASE_URL });
  const page = await context.newPage();
  await page.goto(`/dev/mailbox?key=${E2E_MAILBOX_KEY}`);
  await expect(page).toHaveURL(/\/dev\/mailbox$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  if (mail) expect((await page.request.get(`/api/dev/mailbox/${mail.id}/raw`)).status()).toBe(200);
  await context.close();
});

test("sign-in: an unknown address gets the same answer as a known one, and no token", async () => {
  const api = await request.newContext({ baseURL: E2E_BASE_URL });
  async function ask(email: string) {
    const { csrfToken } = await (await api.get("/api/auth/csrf")).json();
    const response = await api.post("/api/auth/signin/email", { form: { email, csrfToken, callbackUrl: `${E2E_BASE_URL}/organiser`, json: "true" } });
    return { status: response.status(), url: (await response.json()).url as string };
  }
  const unknown = `nobody-${randomUUID().slice(0, 8)}@example.org`;
  const answers = { known: await ask(DEMO_ORGANISERS.bismitViewer), unknown: await ask(unknown) };
  expect(answers.unknown.url).not.toContain("error");
  expect(answers.unknown).toEqual(answers.known);
  expect(await db.verificationToken.count({ where: { identifier: unknown } })).toBe(0);
});

test("rotating X-Forwarded-For does not get past a per-IP limit: the server keys on the socket address", async () => {
  // From 127.0.0.2, so that this client's limit is its own and other tests (127.0.0.1, ::1) are not slowed.
  const api = await request.newContext({ baseURL: `http://127.0.0.2:${E2E_PORT}` });
  const statuses: number[] = [];
  for (let i = 0; i < 12; i++) {
    const response = await api.post("/api/registrations/manage-link", { headers: { "x-forwarded-for": `198.51.100.${i}`, "x-tagung-remote-address": `192.0.2.${i}` }, data: { email: `x${i}@example.org` } });
    statuses.push(response.status());
  }
  expect(statuses.slice(0, 10)).toEqual(Array(10).fill(202));
  expect(statuses.slice(10)).toEqual([429, 429]);
});

test("pages carry a nonce CSP without eval, every script has the nonce, and the camera is off", async ({ page }) => {
  const response = await page.goto("/");
  const headers = response!.headers();
  const nonce = /'nonce-([^']+)'/.exec(headers["content-security-policy"])?.[1];
  expect(nonce).toBeTruthy();
  expect(headers["content-security-policy"]).not.toContain("unsafe-eval");
  expect(headers["permissions-policy"]).toContain("camera=()");
  const html = await response!.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  // And the page is interactive: client components hydrated under the policy.
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.reload();
  await page.waitForLoadState("networkidle");
  expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
});
