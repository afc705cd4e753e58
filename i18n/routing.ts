import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["de", "en"],
  defaultLocale: "de",
  // German lives at /, English at /en.
  localePrefix: "as-needed",
  // The language is chosen by the URL, not guessed from the browser, so links are shareable.
  localeDetection: false,
  // Nothing reads a locale cookie then; without it the public pages' responses can be shared (scripts/page-cache.mjs).
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];
