import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export async function SiteFooter() {
  const t = await getTranslations("common");
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p>{t("footer.about")}</p>
        <ul className="site-footer__links">
          <li>
            <Link href="/privacy">{t("footer.privacy")}</Link>
          </li>
          <li>
            <Link href="/manage-link">{t("footer.manage")}</Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
