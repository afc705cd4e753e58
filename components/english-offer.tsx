"use client";

import { useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";
import { prefersEnglish } from "@/lib/locale-preference";
import "./english-offer.css";

const DISMISSED = "tagung.englishOfferDismissed";
const CHANGED = "tagung:english-offer";

function subscribe(onChange: () => void) {
  window.addEventListener(CHANGED, onChange);
  return () => window.removeEventListener(CHANGED, onChange);
}

function shouldOffer(): boolean {
  try {
    if (window.localStorage.getItem(DISMISSED)) return false;
  } catch {
    // no storage: offer anyway; dismissing then lasts for this page
  }
  return prefersEnglish(navigator.languages ?? [navigator.language]);
}

function dismiss() {
  try {
    window.localStorage.setItem(DISMISSED, "1");
  } catch {
    // storage switched off
  }
  window.dispatchEvent(new Event(CHANGED));
}

/**
 * On German pages, a browser that prefers English is offered the same page in English — a notice
 * with a link, never a redirect (links stay shareable, the URL decides the language). Decided in
 * the browser, so pages stay the same for every visitor; dismissed for good with one click.
 */
export function EnglishOffer() {
  const t = useTranslations("common.englishOffer");
  const pathname = usePathname();
  const offer = useSyncExternalStore(subscribe, shouldOffer, () => false);
  if (!offer) return null;
  return (
    <aside className="english-offer" lang="en" aria-label={t("text")}>
      <div className="container english-offer__inner">
        <p>
          {t("text")}{" "}
          <Link href={pathname} locale="en" hrefLang="en" onClick={dismiss}>
            {t("link")}
          </Link>
        </p>
        <button type="button" className="link-button" onClick={dismiss}>
          {t("dismiss")}
        </button>
      </div>
    </aside>
  );
}
