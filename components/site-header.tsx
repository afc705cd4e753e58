import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { LocaleSwitcher } from "./locale-switcher";

export async function SiteHeader() {
  const t = await getTranslations("common");
  const locale = await getLocale();
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="brand" locale={locale}>
          <span className="brand__mark" aria-hidden="true">T</span>
          <span className="brand__text">
            <span className="brand__name">{t("siteName")}</span>
            <span className="brand__tagline">{t("tagline")}</span>
          </span>
        </Link>
        <nav aria-label={t("nav.main")} className="site-nav">
          <Link href="/organiser" className="site-nav__organisers">{t("nav.organisers")}</Link>
          <LocaleSwitcher label={t("nav.switchTo")} />
        </nav>
      </div>
    </header>
  );
}
