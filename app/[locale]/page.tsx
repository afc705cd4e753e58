import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConferenceCard } from "@/components/public/conference-card";
import { listPublicConferences } from "@/lib/conferences/queries";

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
  const conferences = await listPublicConferences();
  const upcoming = conferences.filter((c) => c.status === "published" && c.endsAt >= now);
  const past = conferences.filter((c) => !upcoming.includes(c)).reverse();
  return (
    <>
      <section className="hero">
        <div className="container">
          <h1>{t("title")}</h1>
          <p className="hero__intro">{t("intro")}</p>
        </div>
      </section>
      <div className="container stack-lg">
        <section aria-labelledby="upcoming-heading">
          <h2 id="upcoming-heading">{t("upcoming")}</h2>
          {upcoming.length ? (
            <div className="card-grid">
              {upcoming.map((c) => (
                <ConferenceCard key={c.slug} conference={c} locale={locale} now={now} />
              ))}
            </div>
          ) : (
            <p className="muted">{t("noUpcoming")}</p>
          )}
        </section>
        {past.length > 0 && (
          <section aria-labelledby="past-heading">
            <h2 id="past-heading">{t("past")}</h2>
            <div className="card-grid">
              {past.map((c) => (
                <ConferenceCard key={c.slug} conference={c} locale={locale} now={now} />
              ))}
            </div>
          </section>
        )}
      </div>
    </>
  );
}
