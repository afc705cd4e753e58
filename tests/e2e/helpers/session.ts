/**
 * Test setup shortcut: a database session for a user, as next-auth's email sign-in would create it.
 * Signing in through the emailed link is tested once (organiser.spec.ts, organiser-scheduling.spec.ts);
 * other tests start signed in.
 */
import "./database";
import { randomBytes } from "node:crypto";
import { request, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { db } from "../../../lib/db";
import { E2E_BASE_URL } from "./server";

export const SESSION_COOKIE = "next-auth.session-token";

export async function sessionTokenFor(email: string): Promise<string> {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  const sessionToken = randomBytes(32).toString("hex");
  await db.authSession.create({ data: { sessionToken, userId: user.id, expires: new Date(Date.now() + 3600_000) } });
  return sessionToken;
}

/** An HTTP client signed in as `email` (or anonymous with null) that does not follow redirects. */
export async function apiAs(email: string | null): Promise<APIRequestContext> {
  const cookie = email ? `${SESSION_COOKIE}=${await sessionTokenFor(email)}` : undefined;
  return request.newContext({ baseURL: E2E_BASE_URL, extraHTTPHeaders: cookie ? { cookie } : {}, maxRedirects: 0 });
}

/** A browser page signed in as `email`, German, viewed from New York (times must not follow the viewer). */
export async function signedInPage(browser: Browser, email: string, options: { locale?: string } = {}): Promise<Page> {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL, locale: options.locale ?? "de-DE", timezoneId: "America/New_York" });
  await context.addCookies([{ name: SESSION_COOKIE, value: await sessionTokenFor(email), url: E2E_BASE_URL, httpOnly: true, sameSite: "Lax" }]);
  return context.newPage();
}
