/**
 * Organisers enter a conference's texts in German and, optionally, in English (issue 14). Every
 * place that shows such a text — pages, the JSON API, calendar files, emails, CSV — picks it here,
 * so the fallback rule is the same everywhere: the English page shows the English text when one is
 * entered, otherwise the German one, and says which language it is in so the page can mark it
 * with `lang` (screen readers then read it with the right voice). Pure.
 */
export type ContentLocale = "de" | "en";

export type LocalizedText = {
  text: string;
  /** The language the text is written in. */
  lang: ContentLocale;
  /** True when the reader asked for English and got the base text instead. */
  fallback: boolean;
};

const blank = (v: string | null | undefined): v is null | undefined | "" => v === null || v === undefined || v.trim() === "";

/**
 * The text to show a reader of `locale`. `base` is the text every row has (German, or in the
 * session's own language: an English-language session's title is usually English already, so
 * pass its language as `baseLang`); `en` is the optional English version.
 */
export function pickLocalized(base: string, en: string | null | undefined, locale: string, baseLang: string = "de"): LocalizedText {
  const lang: ContentLocale = baseLang === "en" ? "en" : "de";
  if (locale === "en" && !blank(en)) return { text: en, lang: "en", fallback: false };
  return { text: base, lang, fallback: locale === "en" && lang !== "en" };
}

/** Just the text (CSV, email subjects, calendar SUMMARY: places without markup). */
export function localizedText(base: string, en: string | null | undefined, locale: string): string {
  return pickLocalized(base, en, locale).text;
}

/** The optional text (a subtitle, a room's note): null when neither language has one. */
export function pickOptionalLocalized(base: string | null | undefined, en: string | null | undefined, locale: string, baseLang: string = "de"): LocalizedText | null {
  if (blank(base) && (locale !== "en" || blank(en))) return null;
  return pickLocalized(base ?? "", en, locale, baseLang);
}

/** The `lang` attribute a text needs on a page in `pageLocale`: none when it is the page's own language. */
export function langAttribute(text: Pick<LocalizedText, "lang">, pageLocale: string): ContentLocale | undefined {
  return text.lang === pageLocale ? undefined : text.lang;
}
