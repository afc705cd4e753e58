import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Client components get only the message namespaces a layout hands them (components/intl/client-messages.tsx).
 * A client component whose namespaces no layout provides together shows raw keys in the browser
 * (MISSING_MESSAGE): this found the reminders, webhooks, badges, certificates, API-token, feedback
 * and programme-filter components without their messages after the merge.
 */
function files(dir: string, match: (f: string) => boolean): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p, match) : match(p) ? [p] : [];
  });
}

const layouts = files("app", (f) => f.endsWith("layout.tsx"))
  .map((f) => /namespaces=\{\[([^\]]*)\]\}/.exec(fs.readFileSync(f, "utf8"))?.[1])
  .filter((list): list is string => Boolean(list))
  .map((list) => new Set([...list.matchAll(/"([^"]+)"/g)].map((m) => m[1])));

const clientComponents = [...files("components", (f) => f.endsWith(".tsx")), ...files("app", (f) => f.endsWith(".tsx"))]
  .map((file) => ({ file, source: fs.readFileSync(file, "utf8") }))
  .filter(({ source }) => source.startsWith('"use client"'))
  .map(({ file, source }) => ({ file, namespaces: [...new Set([...source.matchAll(/useTranslations\("([^".]+)/g)].map((m) => m[1]))] }))
  .filter((c) => c.namespaces.length > 0);

describe("client components have their messages", () => {
  it("finds the layouts and the client components", () => {
    expect(layouts.length).toBeGreaterThan(3);
    expect(clientComponents.length).toBeGreaterThan(20);
  });

  it.each(clientComponents.map((c) => [c.file, c.namespaces] as const))("%s: some layout provides %j together", (_file, namespaces) => {
    expect(layouts.some((provided) => namespaces.every((ns) => provided.has(ns)))).toBe(true);
  });
});
