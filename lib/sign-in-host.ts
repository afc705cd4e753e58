/**
 * Sign-in links are built from APP_URL (NEXTAUTH_URL), and next-auth's session cookie belongs to
 * the host that redeems the link. Someone who opened the app under another name for the same
 * server (127.0.0.1 instead of localhost, a network address) asks for a link there, but the mailed
 * link signs them in on APP_URL's host — their tab on the other host stays signed out, and the
 * link, used once, is gone. These helpers let the sign-in page say so and let the link's callback
 * send a wrong-host visitor to APP_URL before next-auth redeems the token. Pure (headers and
 * environment in), so they are easy to test.
 */

type Env = Record<string, string | undefined>;

/** APP_URL's origin as sign-in links use it. */
export function signInOrigin(env: Env = process.env): string {
  return (env.NEXTAUTH_URL || env.APP_URL || `http://localhost:${env.PORT || 3000}`).replace(/\/$/, "");
}

function normaliseHost(host: string, protocol: string): string {
  const lower = host.trim().toLowerCase();
  const defaultPort = protocol === "https:" ? ":443" : ":80";
  return lower.endsWith(defaultPort) ? lower.slice(0, -defaultPort.length) : lower;
}

/**
 * The host the browser used, as far as the app can tell: the Host header when browsers connect
 * directly (TRUSTED_PROXY_HOPS=0, the default); behind reverse proxies the X-Forwarded-Host they
 * set, or null when they set none (then nothing can be told, and nothing is claimed).
 */
export function browserHost(headers: Headers, env: Env = process.env): string | null {
  const behindProxy = Number(env.TRUSTED_PROXY_HOPS || 0) > 0;
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const host = behindProxy ? forwarded : headers.get("host");
  return host || null;
}

/** When this request came in under another host than APP_URL's: where sign-in works instead. */
export function otherSignInHost(headers: Headers, env: Env = process.env): { here: string; origin: string } | null {
  const origin = signInOrigin(env);
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return null;
  }
  const here = browserHost(headers, env);
  if (!here) return null;
  return normaliseHost(here, url.protocol) === normaliseHost(url.host, url.protocol) ? null : { here, origin };
}
