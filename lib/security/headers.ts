/**
 * Security headers for every page (set in proxy.ts). Pure functions: the tests check them directly
 * and through the proxy.
 */

/**
 * Only what the app needs: its own scripts, each inline script carrying this request's nonce (Next
 * adds it to its own scripts when it finds the nonce in the request's CSP header), 'strict-dynamic'
 * for the chunks those load; no eval. Styles allow inline style attributes (timetable positions,
 * track colours), which nonces cannot cover. Images may be data: URLs (QR codes); the development
 * mailbox shows mails in a sandboxed srcdoc frame, hence frame-src 'self'.
 */
export function contentSecurityPolicy(nonce: string, { dev = false } = {}): string {
  return [
    "default-src 'self'",
    // Development mode's React refresh needs eval; production never gets it.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

const CHECK_IN_PAGE = /^(?:\/en)?\/organiser\/conferences\/[^/]+\/check-in\/?$/;

/** Powerful features off everywhere; the camera only on the check-in page (QR scanning). */
export function permissionsPolicy(pathname: string): string {
  const camera = CHECK_IN_PAGE.test(pathname) ? "camera=(self)" : "camera=()";
  return [camera, "microphone=()", "geolocation=()", "payment=()", "usb=()", "browsing-topics=()"].join(", ");
}

/** Whether the public origin is https: then HSTS is sent and cookies are Secure. */
export function servedOverHttps(appUrl: string | undefined = process.env.APP_URL): boolean {
  return Boolean(appUrl?.startsWith("https://"));
}

export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";
