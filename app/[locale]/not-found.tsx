import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <div className="container narrow stack">
      <p className="error-code" aria-hidden="true">404</p>
      <h1>{t("notFound.title")}</h1>
      <p className="lead">{t("notFound.text")}</p>
      <p>
        <Link href="/" className="button">
          {t("notFound.back")}
        </Link>
      </p>
    </div>
  );
}
