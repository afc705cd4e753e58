/**
 * The client's address for rate limiting, one the client cannot choose:
 * - behind reverse proxies (TRUSTED_PROXY_HOPS=N): the N-th address from the right of
 *   X-Forwarded-For — each trusted proxy appends the address it received the request from, so
 *   everything left of that was written by the client;
 * - direct connections: the socket's address, which scripts/serve.mjs (the server `npm start` runs)
 *   writes into `x-tagung-remote-address`, overwriting whatever the client sent.
 * Under a server that does neither (plain `next start`), all clients share one key, "unknown".
 */
export const REMOTE_ADDRESS_HEADER = "x-tagung-remote-address";

export function clientIp(headers: Headers, env: NodeJS.ProcessEnv = process.env): string {
  const hops = Number(env.TRUSTED_PROXY_HOPS || 0);
  const remote = env.TAGUNG_REMOTE_ADDRESS === "socket" ? headers.get(REMOTE_ADDRESS_HEADER)?.trim() || null : null;
  if (Number.isInteger(hops) && hops > 0) {
    const chain = (headers.get("x-forwarded-for") ?? "")
      .split(",")
      .map((a) => a.trim())
      .filter(Boolean);
    // Fewer entries than proxies: the request did not come through them; use the peer.
    if (chain.length >= hops) return chain[chain.length - hops];
  }
  return remote ?? "unknown";
}
