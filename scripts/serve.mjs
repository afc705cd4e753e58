/**
 * The HTTP server `npm start` (and the browser tests) run: Next.js's production server behind a
 * plain Node listener that tells the app the TCP peer's address. `next start` exposes no client
 * address to route handlers (Next only fills X-Forwarded-For when the client sent none), so per-IP
 * rate limits would key on whatever the client writes. Here every request gets the header
 * `x-tagung-remote-address` set from the socket — any value the client sent is overwritten — and
 * lib/client-ip.ts trusts that header only in a process this script started (TAGUNG_REMOTE_ADDRESS=socket).
 *
 *   node scripts/serve.mjs <port>
 */
import http from "node:http";
import next from "next";
import { createPageCache } from "./page-cache.mjs";

const port = Number(process.argv[2] || process.env.PORT || 3000);
process.env.TAGUNG_REMOTE_ADDRESS = "socket";

const app = next({ dev: false, dir: process.cwd(), port });
const handle = app.getRequestHandler();
await app.prepare();
// Public pages rendered once per change and served with a fresh CSP nonce each (scripts/page-cache.mjs).
const handleWithPageCache = createPageCache();

const server = http.createServer((req, res) => {
  req.headers["x-tagung-remote-address"] = req.socket.remoteAddress ?? "";
  handleWithPageCache(req, res, handle).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500);
    res.end();
  });
});
// The one address to print: APP_URL, where sign-in links lead (not a network address of this machine).
server.listen(port, () => console.log(`Ready: ${process.env.APP_URL || `http://localhost:${port}`}`));
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close();
    app.close?.().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
