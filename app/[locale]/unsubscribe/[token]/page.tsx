import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { findOptOut } from "@/lib/attendees/opt-out-of-broadcasts";
import { isAppError } from "@/lib/errors";
import { optOutAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/unsubscribe/[token]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "public.unsubscribe" });
  return { title: t("title"), robots: { index: false } };
}

/**
 * Where the opt-out link of an organiser message leads. Opening it changes nothing (mail
 * scanners open links); the attendee confirms with the button, a POST.
 */
export default async function UnsubscribePage({ params, searchParams }: PageProps<"/[locale]/unsubscribe/[token]">) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const found = await findOptOut(token).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const t = await getTranslations("public.unsubscribe");
  const result = (await searchParams).result;
  const conference = found.conferenceTitle;
  return (
    <div className="container narrow stack">
      <h1>{t("title")}</h1>
      {result === "error" && (
        <p className="notice notice--error" role="alert">
          {t("error")}
        </p>
      )}
      {found.optedOut ? (
        <p className="notice notice--success" role="status">
          {t(result === "done" ? "done" : "already", { conference })}
        </p>
      ) : (
        <div className="card stack">
          <p>{t("intro", { conference })}</p>
          <p className="muted">{t("explain")}</p>
          <form action={optOutAction}>
            <input type="hidden" name="token" value={token} />
            <input type="hidden" name="locale" value={locale === "en" ? "en" : "de"} />
            <button type="submit" className="button">
              {t("confirm")}
            </button>
          </form>
        </div>
      )}
    </div>
  );
}
