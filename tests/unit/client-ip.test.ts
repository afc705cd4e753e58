import { describe, expect, it } from "vitest";
import { clientIp } from "@/lib/client-ip";

describe("the client address for rate limits is one the client cannot choose", () => {
  it.each([
    // [case, env, headers, expected]
    ["direct: the socket address from scripts/serve.mjs", { TAGUNG_REMOTE_ADDRESS: "socket" }, { "x-tagung-remote-address": "203.0.113.7", "x-forwarded-for": "1.2.3.4" }, "203.0.113.7"],
    ["direct, no proxy configured: X-Forwarded-For is ignored", { TAGUNG_REMOTE_ADDRESS: "socket" }, { "x-tagung-remote-address": "::1", "x-forwarded-for": "1.2.3.4, 5.6.7.8" }, "::1"],
    ["one proxy: the rightmost address", { TAGUNG_REMOTE_ADDRESS: "socket", TRUSTED_PROXY_HOPS: "1" }, { "x-tagung-remote-address": "10.0.0.1", "x-forwarded-for": "1.2.3.4, 203.0.113.7" }, "203.0.113.7"],
    ["two proxies: the second from the right", { TRUSTED_PROXY_HOPS: "2" }, { "x-forwarded-for": "1.2.3.4, 203.0.113.7, 10.0.0.2" }, "203.0.113.7"],
    ["spaces and empty entries are ignored", { TRUSTED_PROXY_HOPS: "1" }, { "x-forwarded-for": " 1.2.3.4 ,, 203.0.113.7 " }, "203.0.113.7"],
    ["fewer hops than proxies: the socket address", { TAGUNG_REMOTE_ADDRESS: "socket", TRUSTED_PROXY_HOPS: "2" }, { "x-tagung-remote-address": "198.51.100.1", "x-forwarded-for": "1.2.3.4" }, "198.51.100.1"],
    ["not behind serve.mjs: a client-sent remote-address header is not believed", {}, { "x-tagung-remote-address": "1.2.3.4", "x-forwarded-for": "5.6.7.8" }, "unknown"],
    ["X-Real-IP is not believed either", { TAGUNG_REMOTE_ADDRESS: "socket" }, { "x-real-ip": "1.2.3.4", "x-tagung-remote-address": "203.0.113.9" }, "203.0.113.9"],
    ["an invalid hop count falls back to the socket", { TAGUNG_REMOTE_ADDRESS: "socket", TRUSTED_PROXY_HOPS: "x" }, { "x-tagung-remote-address": "203.0.113.9", "x-forwarded-for": "1.2.3.4" }, "203.0.113.9"],
  ])("%s", (_case, env, headers, expected) => {
    expect(clientIp(new Headers(headers), env as NodeJS.ProcessEnv)).toBe(expected);
  });
});
