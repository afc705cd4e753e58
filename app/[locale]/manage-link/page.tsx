import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LostLinkForm } from "@/components/registration/manage-actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/manage-link">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "registration.lostLink" });
  return { title: t("title") };
}

export default async function LostLinkPage({ params }: PageProps<"/[locale]/manage-link">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("registration.lostLink");
  return (
    <div className="container narrow stack">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <LostLinkForm />
    </div>
  );
}
