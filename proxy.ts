import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { MAILBOX_COOKIE, mailboxKeyMatches } from "./lib/mail/dev-mailbox-access";
import { contentSecurityPolicy, permissionsPolicy, servedOverHttps, STRICT_TRANSPORT_SECURITY } from "./lib/security/headers";

const handleI18nRouting = createMiddleware(routing);
const MAILBOX_PAGE = /^(?:\/en)?\/dev\/mailbox\/?$/;
const RENDER_NONCE_HEADER = "x-tagung-render-nonce";

/**
 * Every page request: the development mailbox's key turned into a cookie, then next-intl's locale
 * routing, with a fresh CSP nonce and the security headers. Nonces need each page rendered per
 * request; the root layout opts into dynamic rendering for that.
 */
export default function proxy(request: NextRequest) {
  const https = servedOverHttps();
  const key = request.nextUrl.searchParams.get("key");
  if (key !== null && MAILBOX_PAGE.test(request.nextUrl.pathname) && mailboxKeyMatches(key)) {
    // The key leaves the address bar (and the history) at once; the cookie carries it from here.
    const target = request.nextUrl.clone();
    target.searchParams.delete("key");
    const response = NextResponse.redirect(target, 303);
    response.cookies.set(MAILBOX_COOKIE, key, { httpOnly: true, sameSite: "lax", secure: https, path: "/" });
    return withSecurityHeaders(response, request.nextUrl.pathname, null, https);
  }

  // scripts/serve.mjs renders cacheable public pages with its placeholder nonce and substitutes a
  // fresh one per response (scripts/page-cache.mjs); any other value of the header is ignored.
  const placeholder = process.env.TAGUNG_RENDER_NONCE;
  const rendering = placeholder && request.headers.get(RENDER_NONCE_HEADER) === placeholder;
  const nonce = rendering ? placeholder : Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  request.headers.delete(RENDER_NONCE_HEADER);
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  // Next reads the nonce from the request's CSP header and puts it on the scripts it renders;
  // next-intl passes the request headers on.
  request.headers.set("content-security-policy", csp);
  request.headers.set("x-nonce", nonce);
  return withSecurityHeaders(handleI18nRouting(request), request.nextUrl.pathname, csp, https);
}

function withSecurityHeaders(response: NextResponse, pathname: string, csp: string | null, https: boolean): NextResponse {
  if (csp) response.headers.set("Content-Security-Policy", csp);
  response.headers.set("Permissions-Policy", permissionsPolicy(pathname));
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  // Pages only: not the JSON/ics API, Next's assets or files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
