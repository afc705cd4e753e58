import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export const metadata: Metadata = { robots: { index: false } };

/** Where an attendee lands after erasing their data: what is gone, what remains and why. */
export default async function ErasedPage({ params }: PageProps<"/[locale]/manage/erased">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("privacy.erased");
  return (
    <div className="container narrow stack">
      <h1>{t("title")}</h1>
      <p className="notice notice--success" role="status">
        {t("text")}
      </p>
      <p>{t("mail")}</p>
      <section className="stack" aria-labelledby="remains-heading">
        <h2 id="remains-heading" className="h3">
          {t("remainsTitle")}
        </h2>
        <p>{t("remains")}</p>
        <p>{t("why")}</p>
      </section>
      <p>
        <Link href="/">{t("back")}</Link>
      </p>
    </div>
  );
}
