import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { headers } from "next/headers";
import { SignInForm } from "@/components/organiser/sign-in-form";
import { otherSignInHost } from "@/lib/sign-in-host";

export const metadata: Metadata = { robots: { index: false } };

export default async function SignInPage({ params, searchParams }: PageProps<"/[locale]/signin">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const t = await getTranslations("organiser.signIn");
  // Opened under another name than APP_URL's (127.0.0.1, a network address): the mailed link would sign in over there.
  const other = otherSignInHost(await headers());
  const signInHere = other ? `${other.origin}${locale === "en" ? "/en" : ""}/signin` : null;
  return (
    <div className="container narrow stack">
      <h1>{t("title")}</h1>
      {other && signInHere && (
        <div className="notice notice--warning" role="alert" data-testid="signin-other-host">
          <p>{t("otherHost", { here: other.here, origin: other.origin })}</p>
          <p>
            <a href={signInHere}>{t("otherHostLink", { origin: other.origin })}</a> {t("otherHostAfter")}
          </p>
        </div>
      )}
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
