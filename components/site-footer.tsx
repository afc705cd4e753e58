import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export async function SiteFooter() {
  const t = await getTranslations("common");
  return (
    <footer className="site-footer">
      <nav className="container site-footer__inner" aria-label={t("nav.footer")}>
        <p>{t("footer.about")}</p>
        <ul className="site-footer__links">
          <li>
            <Link href="/privacy">{t("footer.privacy")}</Link>
          </li>
          <li>
            <Link href="/impressum">{t("footer.imprint")}</Link>
          </li>
          <li>
            <Link href="/manage-link">{t("footer.manage")}</Link>
          </li>
          <li>
            <Link href="/organiser">{t("nav.organisers")}</Link>
          </li>
        </ul>
      </nav>
    </footer>
  );
}
