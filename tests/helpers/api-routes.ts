/**
 * The app's route handlers as the OpenAPI tests see them: every app/api/**\/route.ts with the HTTP
 * methods it exports (read from the source, so nothing is imported to find them), its OpenAPI path,
 * and a way to call one as Next.js would (a Request and its params).
 */
import fs from "node:fs";
import path from "node:path";

const API_DIR = path.resolve("app/api");
export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;

export type RouteFile = { file: string; path: string; methods: string[] };

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name === "route.ts" ? [path.join(dir, e.name)] : []));
}

/** `export async function GET`, `export const POST =`, `export { handler as GET, post as POST }`. */
export function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+([A-Z]+)\b/g)) found.add(m[1]);
  for (const block of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of block[1].split(",")) {
      const name = part.trim().split(/\s+as\s+/).pop()?.trim();
      if (name) found.add(name);
    }
  }
  return HTTP_METHODS.filter((m) => found.has(m));
}

/** app/api/conferences/[slug]/route.ts → /api/conferences/{slug}; [...rest] → {rest}. */
export function openApiPath(file: string): string {
  const dir = path.relative(path.resolve("app"), path.dirname(file)).split(path.sep).join("/");
  return `/${dir.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, "{$1}")}`;
}

export function routeFiles(): RouteFile[] {
  return walk(API_DIR)
    .sort()
    .map((file) => ({ file, path: openApiPath(file), methods: exportedMethods(fs.readFileSync(file, "utf8")) }));
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const modules = import.meta.glob<Record<string, Handler>>("../../app/api/**/route.ts");

/** Calls the route that serves `apiPath` (OpenAPI form, e.g. /api/conferences/{slug}) with concrete params. */
export async function callRoute(method: string, apiPath: string, params: Record<string, string>, init: { headers?: Record<string, string>; body?: unknown; query?: Record<string, string> } = {}): Promise<Response> {
  const route = routeFiles().find((r) => r.path === apiPath);
  if (!route) throw new Error(`No route file for ${apiPath}`);
  const key = `../../${path.relative(process.cwd(), route.file).split(path.sep).join("/")}`;
  const load = modules[key];
  if (!load) throw new Error(`Route module not found: ${key}`);
  const handler = (await load())[method.toUpperCase()];
  if (!handler) throw new Error(`${apiPath} exports no ${method.toUpperCase()}`);
  const concrete = apiPath.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ""));
  const url = new URL(`http://localhost:3000${concrete}`);
  for (const [k, v] of Object.entries(init.query ?? {})) url.searchParams.set(k, v);
  const body = init.body === undefined ? undefined : typeof init.body === "string" ? init.body : JSON.stringify(init.body);
  const request = new Request(url, { method: method.toUpperCase(), headers: { ...(body !== undefined ? { "content-type": "application/json" } : {}), ...init.headers }, body });
  return handler(request, { params: Promise.resolve(params) });
}
