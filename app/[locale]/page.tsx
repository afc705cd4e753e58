import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConferenceCard } from "@/components/public/conference-card";
import { publicRegistrationState, splitUpcomingAndPast } from "@/lib/conferences/public-status";
import { cachedPublicConferences } from "@/lib/conferences/public-cache";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "public.home" });
  return { title: t("title") };
}

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("public.home");
  const now = new Date();
  const { upcoming, past } = splitUpcomingAndPast(await cachedPublicConferences(), now);
  return (
    <>
      <section className="hero" aria-labelledby="home-title">
        <div className="container">
          <p className="hero__kicker">{t("kicker")}</p>
          <h1 id="home-title">{t("title")}</h1>
          <p className="hero__intro">{t("intro")}</p>
        </div>
      </section>
      <div className="container stack-lg">
        <section aria-labelledby="upcoming-heading">
          <h2 id="upcoming-heading">{t("upcoming")}</h2>
          {upcoming.length ? (
            <ul className="conference-list conference-list--upcoming">
              {upcoming.map((c) => (
                <li key={c.slug}>
                  <ConferenceCard conference={c} locale={locale} registration={publicRegistrationState(c, now)} variant="upcoming" />
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t("noUpcoming")}</p>
          )}
        </section>
        {past.length > 0 && (
          <section aria-labelledby="past-heading">
            <h2 id="past-heading">{t("past")}</h2>
            <p className="muted">{t("pastIntro")}</p>
            <ul className="conference-list conference-list--past">
              {past.map((c) => (
                <li key={c.slug}>
                  <ConferenceCard conference={c} locale={locale} registration={publicRegistrationState(c, now)} variant="past" />
                </li>
              ))}
            </ul>
          </section>
        )}
        <section className="how-it-works" aria-labelledby="how-heading">
          <h2 id="how-heading">{t("how.title")}</h2>
          <ol className="steps">
            {(["choose", "register", "calendar"] as const).map((step) => (
              <li key={step}>
                <h3 className="h4">{t(`how.${step}.title`)}</h3>
                <p>{t(`how.${step}.text`)}</p>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </>
  );
}
