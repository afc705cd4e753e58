import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SignInForm } from "@/components/organiser/sign-in-form";

export const metadata: Metadata = { robots: { index: false } };

export default async function SignInPage({ params, searchParams }: PageProps<"/[locale]/signin">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const t = await getTranslations("organiser.signIn");
  return (
    <div className="container narrow stack">
      <h1>{t("title")}</h1>
      {query.error && (
        <p className="notice notice--error" role="alert">
          {t("error")}
        </p>
      )}
      {query.sent ? (
        <p className="notice notice--success" role="status">
          {t("sent")}
        </p>
      ) : (
        <>
          <p>{t("intro")}</p>
          <SignInForm callbackUrl={locale === "en" ? "/en/organiser" : "/organiser"} />
        </>
      )}
    </div>
  );
}
