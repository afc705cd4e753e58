"use client";

import { useLocale } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";

/** Links to the same page in the other language. */
export function LocaleSwitcher({ label }: { label: string }) {
  const locale = useLocale();
  const pathname = usePathname();
  const other = locale === "de" ? "en" : "de";
  return (
    <Link href={pathname} locale={other} hrefLang={other} lang={other} className="locale-switcher">
      {label}
    </Link>
  );
}
