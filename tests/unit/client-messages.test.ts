import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PUBLIC_CLIENT_MESSAGES } from "@/components/public/public-client-messages";
import { pickMessages } from "@/i18n/messages";

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

/**
 * The conference pages hand the browser only PUBLIC_CLIENT_MESSAGES of `public` (issue 15: the
 * namespace is 9 KB, most of it for server components). Every key their client components use
 * must be among them, or the browser shows the raw key.
 */
describe("the conference pages' client messages", () => {
  const programmeFiles = ["programme.tsx", "programme-filters.tsx", "session-card.tsx", "programme-print.tsx", "seats.tsx", "host-list.tsx", "venue-links.tsx"].map((f) => path.join("components/public", f));
  const used = programmeFiles.flatMap((file) => {
    const source = fs.readFileSync(file, "utf8");
    const prefix = /useTranslations\("public\.?([^"]*)"\)/.exec(source)?.[1];
    if (prefix === undefined) return [];
    // t("a.b") and t(`a.${x}`) (the literal part, ending in ".").
    const keys = [...source.matchAll(/\bt\((?:"([^"]+)"|`([^`$]*)\$\{)/g)].map((m) => m[1] ?? m[2]);
    return keys.map((key) => ({ file, key: prefix ? `${prefix}.${key}` : key }));
  });
  const de = JSON.parse(fs.readFileSync("messages/de/public.json", "utf8")) as Record<string, unknown>;

  it("finds the keys", () => {
    expect(used.length).toBeGreaterThan(30);
    expect(used).toContainEqual({ file: "components/public/seats.tsx", key: "session.seatsLeft" });
    expect(used).toContainEqual({ file: "components/public/session-card.tsx", key: "formats." });
  });

  it.each(used.map((u) => [u.file, u.key] as const))("%s: %s is handed to the browser", (_file, key) => {
    expect(PUBLIC_CLIENT_MESSAGES.some((path) => key === path || key.startsWith(`${path}.`))).toBe(true);
  });

  it("picks just those entries, nested as in the message file", () => {
    const picked = pickMessages(de, PUBLIC_CLIENT_MESSAGES);
    expect(picked).toMatchObject({ session: { noRoom: expect.any(String), seatsLeft: expect.any(String) }, formats: de.formats, programme: de.programme });
    expect(Object.keys(picked.session as object)).toHaveLength(PUBLIC_CLIENT_MESSAGES.filter((p) => p.startsWith("session.")).length);
    expect(picked).not.toHaveProperty("privacy");
    expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(de).length / 3);
  });
});
