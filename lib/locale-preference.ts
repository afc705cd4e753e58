/**
 * Whether a browser's language list (navigator.languages, most preferred first) prefers English
 * to German: the first entry that is German or English decides; a list with neither prefers
 * neither (German stays the default). Pure; used to offer the English site, never to redirect.
 */
export function prefersEnglish(languages: readonly string[]): boolean {
  for (const tag of languages) {
    const lang = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (lang === "de") return false;
    if (lang === "en") return true;
  }
  return false;
}
