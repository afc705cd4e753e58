import { createTranslator } from "next-intl";
import { loadMessages } from "@/i18n/messages";

export type Locale = "de" | "en";

export function toLocale(value: unknown): Locale {
  return value === "en" ? "en" : "de";
}

/** Picks de or en from an Accept-Language header (German unless English is preferred). */
export function localeFromAcceptLanguage(header: string | null): Locale {
  if (!header) return "en";
  for (const part of header.split(",")) {
    const tag = part.split(";")[0].trim().toLowerCase();
    if (tag.startsWith("de")) return "de";
    if (tag.startsWith("en")) return "en";
  }
  return "en";
}

/** An API request's language: an explicit choice (`?locale=`, a body's `locale`) wins, else Accept-Language. */
export function apiLocale(request: Request, explicit?: unknown): Locale {
  const chosen = explicit ?? new URL(request.url).searchParams.get("locale");
  return chosen === "de" || chosen === "en" ? chosen : localeFromAcceptLanguage(request.headers.get("accept-language"));
}

const cache = new Map<string, Promise<Record<string, unknown>>>();

export type Translate = (key: string, values?: Record<string, string | number | Date>) => string;

/** A translator outside React (API routes, the mail sender), from the same message files. */
export async function getTranslator(locale: Locale): Promise<Translate> {
  let messages = cache.get(locale);
  if (!messages) cache.set(locale, (messages = loadMessages(locale)));
  return createTranslator({ locale, messages: await messages }) as unknown as Translate;
}

/** A translator for one namespace ("organiser.audit"), with `has` for optional keys. */
export async function getNamespaceTranslator(locale: Locale, namespace: string): Promise<Translate & { has(key: string): boolean }> {
  let messages = cache.get(locale);
  if (!messages) cache.set(locale, (messages = loadMessages(locale)));
  return createTranslator({ locale, messages: await messages, namespace }) as unknown as Translate & { has(key: string): boolean };
}
