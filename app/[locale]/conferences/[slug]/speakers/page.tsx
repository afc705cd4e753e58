import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { publicSpeakers } from "@/lib/conferences/programme-view";
import { getPublicConference } from "@/lib/conferences/queries";
import { localizedText } from "@/lib/localized";
import "@/components/public/programme.css";

export const dynamic = "force-dynamic";

type Props = PageProps<"/[locale]/conferences/[slug]/speakers">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, locale } = await params;
  const c = await getPublicConference(slug);
  if (!c) return {};
  const t = await getTranslations({ locale, namespace: "public.speakers" });
  return { title: `${t("title")} · ${localizedText(c.title, c.titleEn, locale)}` };
}

/** Everyone in a conference's public programme, each linking to their page. */
export default async function SpeakersPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const c = await getPublicConference(slug);
  if (!c) notFound();
  const t = await getTranslations("public");
  const conferenceTitle = localizedText(c.title, c.titleEn, locale);
  const speakers = publicSpeakers(c);
  return (
    <div className="container narrow-wide stack">
      <nav aria-label={t("session.breadcrumb")} className="breadcrumb">
        <Link href={`/conferences/${c.slug}#programme-heading`}>
          <span aria-hidden="true">← </span>
          {t("session.backToProgramme")}: {conferenceTitle}
        </Link>
      </nav>
      <h1>{t("speakers.heading", { conference: conferenceTitle })}</h1>
      <p className="lead">{t("speakers.intro")}</p>
      {speakers.length === 0 ? (
        <p className="muted">{t("speakers.none")}</p>
      ) : (
        <ul className="speaker-index">
          {speakers.map((sp) => (
            <li key={sp.id}>
              <h2 className="h4">
                <Link href={`/conferences/${c.slug}/speakers/${sp.id}`}>{sp.name}</Link>
              </h2>
              {sp.organisation && <p className="muted small">{sp.organisation}</p>}
              <p className="small">{t("speakers.count", { count: sp.sessions.length })}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
