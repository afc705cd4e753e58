import type { ReactNode } from "react";
import { langAttribute, type LocalizedText } from "@/lib/localized";

/**
 * A text picked by lib/localized.ts, in a span marked with its language when that differs from the
 * page's (a German fallback on the English site: lang="de").
 */
export function Localized({ text, locale, children }: { text: LocalizedText; locale: string; children?: ReactNode }) {
  const lang = langAttribute(text, locale);
  return lang ? <span lang={lang}>{children ?? text.text}</span> : <>{children ?? text.text}</>;
}
