import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth";
import { clientIp } from "@/lib/client-ip";
import { appUrl } from "@/lib/http";
import { hit, RATE_LIMITS } from "@/lib/rate-limit";
import { otherSignInHost } from "@/lib/sign-in-host";

const handler = NextAuth(authOptions);

/**
 * Sign-in link requests are limited per client IP here (per address in lib/auth.ts). Over the
 * limit, the answer looks exactly like success — "check your inbox" — and no link is written.
 */
async function post(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  const { nextauth } = await context.params;
  if (nextauth.join("/") === "signin/email" && (await hit(`signin:ip:${clientIp(request.headers)}`, RATE_LIMITS.signInPerIp())) !== null) {
    return Response.json({ url: `${appUrl()}/signin?sent=1` });
  }
  return handler(request, context);
}

/**
 * The mailed link's callback redeems its one-time token and sets the session cookie for the host
 * it is opened on. Opened under another name than APP_URL's (a link edited to 127.0.0.1, a network
 * address), that cookie would belong to the wrong host: the token would be spent and the browser
 * sent on to APP_URL signed out. Such a request goes to the same link on APP_URL instead, unspent.
 */
async function get(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  const { nextauth } = await context.params;
  const other = nextauth[0] === "callback" ? otherSignInHost(request.headers) : null;
  if (other) {
    const url = new URL(request.url);
    return Response.redirect(`${other.origin}${url.pathname}${url.search}`, 303);
  }
  return handler(request, context);
}

export { get as GET, post as POST };
