/**
 * Where webhooks may go (SSRF protection). Only public unicast addresses, over HTTPS, unless the
 * operator allows more:
 * - `WEBHOOKS_ALLOW_HTTP_LOOPBACK=1` (the default when NODE_ENV is not "production"): loopback
 *   addresses (127.0.0.0/8, ::1, "localhost"), over http or https — for development and tests.
 * - `WEBHOOKS_ALLOW_PRIVATE=1`: private, link-local (incl. the 169.254.169.254 metadata service),
 *   unique-local and carrier-grade NAT addresses too, over HTTPS (plain http stays loopback-only).
 * Unspecified, multicast, broadcast and reserved addresses are never allowed. The check runs when an
 * endpoint is saved and again at every delivery on the addresses DNS returns, and the connection
 * goes to exactly the address that was checked (the guarded `lookup` below), so a DNS answer that
 * changes between check and connect (rebinding) cannot reach an internal address.
 */
import { promises as dns } from "node:dns";
import { isIP } from "node:net";
import ipaddr from "ipaddr.js";

export type NetworkPolicy = { allowHttpLoopback: boolean; allowPrivate: boolean };

const truthy = (v: string | undefined) => v !== undefined && ["1", "true", "on", "yes"].includes(v.trim().toLowerCase());

export function networkPolicy(env: NodeJS.ProcessEnv = process.env): NetworkPolicy {
  const loopback = env.WEBHOOKS_ALLOW_HTTP_LOOPBACK;
  return {
    allowHttpLoopback: loopback !== undefined && loopback !== "" ? truthy(loopback) : env.NODE_ENV !== "production",
    allowPrivate: truthy(env.WEBHOOKS_ALLOW_PRIVATE),
  };
}

export type Resolved = { address: string; family: number };
/** Resolves a host name to every address (tests inject their own). */
export type Resolver = (hostname: string) => Promise<Resolved[]>;

export const systemResolver: Resolver = async (hostname) => dns.lookup(hostname, { all: true, verbatim: true });

const PRIVATE_RANGES = new Set(["private", "linkLocal", "uniqueLocal", "carrierGradeNat"]);

export type UrlRefusal = "invalidUrl" | "httpsRequired" | "credentialsInUrl" | "blockedAddress" | "unresolvable";

export class BlockedAddressError extends Error {
  readonly code = "blockedAddress";
  constructor(readonly address: string) {
    super(`address ${address} is not allowed for webhooks`);
    this.name = "BlockedAddressError";
  }
}

function bareHost(hostname: string): string {
  return hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
}

/** Whether an endpoint may receive from this address under the policy. */
export function addressAllowed(address: string, policy: NetworkPolicy): boolean {
  let range: string;
  try {
    // process(): an IPv4-mapped IPv6 address (::ffff:10.0.0.1) is judged as the IPv4 address it is.
    range = ipaddr.process(bareHost(address)).range();
  } catch {
    return false;
  }
  if (range === "unicast") return true;
  if (range === "loopback") return policy.allowHttpLoopback || policy.allowPrivate;
  return policy.allowPrivate && PRIVATE_RANGES.has(range);
}

function isLoopbackName(hostname: string): boolean {
  const host = bareHost(hostname).toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  return isIP(host) !== 0 && ipaddr.process(host).range() === "loopback";
}

/** The URL's form, before any DNS: scheme, no credentials, an allowed literal address. */
export function checkUrlForm(raw: string, policy: NetworkPolicy): { ok: true; url: URL } | { ok: false; reason: UrlRefusal } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: "invalidUrl" };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, reason: "invalidUrl" };
  if (url.username || url.password) return { ok: false, reason: "credentialsInUrl" };
  if (!url.hostname) return { ok: false, reason: "invalidUrl" };
  if (url.protocol === "http:" && !(policy.allowHttpLoopback && isLoopbackName(url.hostname))) return { ok: false, reason: "httpsRequired" };
  const host = bareHost(url.hostname);
  if (isIP(host) && !addressAllowed(host, policy)) return { ok: false, reason: "blockedAddress" };
  return { ok: true, url };
}

/** Every address the host resolves to, each checked; throws BlockedAddressError if any is not allowed. */
export async function resolveAllowed(hostname: string, policy: NetworkPolicy, resolver: Resolver = systemResolver): Promise<Resolved[]> {
  const host = bareHost(hostname);
  if (isIP(host)) {
    if (!addressAllowed(host, policy)) throw new BlockedAddressError(host);
    return [{ address: host, family: isIP(host) }];
  }
  // "localhost" is loopback by definition (RFC 6761), whatever a resolver says.
  const addresses = isLoopbackName(host) ? [{ address: "127.0.0.1", family: 4 }] : await resolver(host);
  if (!addresses.length) throw Object.assign(new Error(`${host} does not resolve`), { code: "ENOTFOUND" });
  const blocked = addresses.find((a) => !addressAllowed(a.address, policy));
  if (blocked) throw new BlockedAddressError(blocked.address);
  return addresses;
}

/** Saving an endpoint: its form and what its name resolves to now. */
export async function checkEndpointUrl(raw: string, policy: NetworkPolicy, resolver: Resolver = systemResolver): Promise<{ ok: true; url: string } | { ok: false; reason: UrlRefusal }> {
  const form = checkUrlForm(raw, policy);
  if (!form.ok) return form;
  try {
    await resolveAllowed(form.url.hostname, policy, resolver);
  } catch (error) {
    return { ok: false, reason: error instanceof BlockedAddressError ? "blockedAddress" : "unresolvable" };
  }
  return { ok: true, url: form.url.toString() };
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | Resolved[], family?: number) => void;

/**
 * A `lookup` for node:http(s) requests: resolves, refuses if any address is not allowed, and hands
 * the socket exactly the checked address(es).
 */
export function guardedLookup(policy: NetworkPolicy, resolver: Resolver = systemResolver) {
  return (hostname: string, options: { all?: boolean } | number | undefined, callback: LookupCallback) => {
    resolveAllowed(hostname, policy, resolver).then(
      (addresses) => {
        if (typeof options === "object" && options?.all) callback(null, addresses);
        else callback(null, addresses[0].address, addresses[0].family);
      },
      (error: NodeJS.ErrnoException) => callback(error, ""),
    );
  };
}
