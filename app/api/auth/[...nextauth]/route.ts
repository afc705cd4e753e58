import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth";
import { clientIp } from "@/lib/client-ip";
import { appUrl } from "@/lib/http";
import { hit, RATE_LIMITS } from "@/lib/rate-limit";

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

export { handler as GET, post as POST };
