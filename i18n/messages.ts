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
