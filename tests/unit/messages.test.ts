import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { NAMESPACES } from "@/i18n/messages";

function keys(value: unknown, prefix = ""): string[] {
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}

describe("message files", () => {
  it.each(NAMESPACES)("German and English %s have the same keys", (ns) => {
    const de = JSON.parse(fs.readFileSync(`messages/de/${ns}.json`, "utf8"));
    const en = JSON.parse(fs.readFileSync(`messages/en/${ns}.json`, "utf8"));
    expect(keys(en).sort()).toEqual(keys(de).sort());
  });
});
