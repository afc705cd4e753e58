/**
 * Message files are split by area (messages/<locale>/<namespace>.json) so that features can be
 * translated independently; each file is one top-level namespace.
 */
export const NAMESPACES = ["common", "public", "registration", "organiser", "mail", "calendar", "settings", "resources", "exports", "invites", "privacy", "links", "admin", "webhooks", "badges", "certificates", "dayOf", "integrations"] as const;
export type Namespace = (typeof NAMESPACES)[number];

export async function loadMessages(locale: string): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    NAMESPACES.map(async (ns) => [ns, (await import(`../messages/${locale}/${ns}.json`)).default] as const),
  );
  return Object.fromEntries(entries);
}

/** Only the entries at `paths` ("session.noRoom", or "formats" for a whole group) of a namespace's messages, nested as before. */
export function pickMessages(messages: unknown, paths: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const path of paths) {
    const keys = path.split(".");
    let from: unknown = messages;
    for (const key of keys) from = from && typeof from === "object" ? (from as Record<string, unknown>)[key] : undefined;
    if (from === undefined) continue;
    let into = picked;
    for (const key of keys.slice(0, -1)) {
      const next = into[key];
      into = (into[key] = next && typeof next === "object" ? next : {}) as Record<string, unknown>;
    }
    into[keys[keys.length - 1]] = from;
  }
  return picked;
}
