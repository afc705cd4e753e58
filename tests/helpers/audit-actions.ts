import fs from "node:fs";
import path from "node:path";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";

/** Dotted paths into the German message files ("registration.errors.summary"): translation keys, not actions. */
function messageKeys(): Set<string> {
  const keys = new Set<string>();
  const collect = (value: unknown, prefix: string) => {
    if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) collect(v, `${prefix}.${k}`);
    keys.add(prefix);
  };
  for (const file of fs.readdirSync("messages/de")) collect(JSON.parse(fs.readFileSync(`messages/de/${file}`, "utf8")), file.replace(/\.json$/, ""));
  return keys;
}

/** Every audit action the code writes (string literals like "room.create" in lib/), plus the generated `<kind>.move`. */
export function actionsInCode(): string[] {
  const translationKeys = messageKeys();
  const found = new Set<string>(["room.move", "track.move"]);
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (file.endsWith(".ts")) {
        for (const m of fs.readFileSync(file, "utf8").matchAll(/"((?:registration|session|room|track|speaker|question|conference|broadcast|email|host|member|invitation|user|demo|webhook)\.[a-z][a-z.-]*)"/g)) if (!translationKeys.has(m[1])) found.add(m[1]);
      }
    }
  };
  walk("lib");
  // Webhook event types ("registration.created", "session.changed", …) look like actions but are not.
  for (const type of WEBHOOK_EVENT_TYPES) found.delete(type);
  return [...found].sort();
}
