/**
 * One HTTP POST to a webhook endpoint: to a checked address only (guardedLookup), no redirects
 * (node:http never follows them; a 3xx counts as a failure), a hard deadline, and at most
 * `maxBytes` of the answer read before the connection is dropped.
 */
import http from "node:http";
import https from "node:https";
import { checkUrlForm, guardedLookup, systemResolver, type NetworkPolicy, type Resolver } from "./network";

export type PostResult = { status: number; body: string };
export type PostOptions = { policy: NetworkPolicy; resolver?: Resolver; timeoutMs: number; maxBytes: number };
/** Sends one delivery; the worker takes it as an option so tests can replace it. */
export type Poster = (url: string, body: string, headers: Record<string, string>, options: PostOptions) => Promise<PostResult>;

export const postWebhook: Poster = (rawUrl, body, headers, options) =>
  new Promise<PostResult>((resolve, reject) => {
    const form = checkUrlForm(rawUrl, options.policy);
    if (!form.ok) return reject(Object.assign(new Error(`refused: ${form.reason}`), { code: form.reason }));
    const url = form.url;
    const request = (url.protocol === "https:" ? https : http).request(url, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json", "content-length": Buffer.byteLength(body), "user-agent": "Tagung-Webhooks/1" },
      lookup: guardedLookup(options.policy, options.resolver ?? systemResolver) as never,
      agent: false,
    });
    const deadline = setTimeout(() => request.destroy(Object.assign(new Error(`no answer within ${options.timeoutMs} ms`), { code: "timeout" })), options.timeoutMs);
    request.on("error", (error) => {
      clearTimeout(deadline);
      reject(error);
    });
    request.on("response", (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const finish = () => {
        clearTimeout(deadline);
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") });
      };
      response.on("data", (chunk: Buffer) => {
        if (size >= options.maxBytes) return;
        chunks.push(chunk.subarray(0, options.maxBytes - size));
        size += chunk.length;
        // Enough read: stop the download (a huge or endless answer costs nothing more).
        if (size >= options.maxBytes) {
          response.destroy();
          finish();
        }
      });
      response.on("end", finish);
      response.on("error", finish);
    });
    request.end(body);
  });
