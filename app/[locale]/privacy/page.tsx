import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

export async function generateMetadata({ params }: PageProps<"/[locale]/privacy">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "public.privacy" });
  return { title: t("title") };
}

const SECTIONS = ["controller", "data", "purpose", "recipients", "retention", "rights"] as const;

export default async function PrivacyPage({ params }: PageProps<"/[locale]/privacy">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("public.privacy");
  return (
    <div className="container narrow prose">
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      {SECTIONS.map((key) => (
        <section key={key} aria-labelledby={`privacy-${key}`}>
          <h2 id={`privacy-${key}`} className="h3">
            {t(`${key}.title`)}
          </h2>
          <p>{t(`${key}.text`)}</p>
        </section>
      ))}
      <p className="small muted">{t("version")}</p>
    </div>
  );
}
