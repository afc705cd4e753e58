import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SessionCard } from "@/components/public/session-card";
import { Link } from "@/i18n/navigation";
import { programmeView, publicSpeakers } from "@/lib/conferences/programme-view";
import { isPast } from "@/lib/conferences/public-status";
import { getPublicConference } from "@/lib/conferences/queries";
import { localizedText } from "@/lib/localized";
import "@/components/public/programme.css";

export const dynamic = "force-dynamic";

type Props = PageProps<"/[locale]/conferences/[slug]/speakers/[id]">;

async function load(slug: string, id: string) {
  const conference = await getPublicConference(slug);
  const speaker = conference ? publicSpeakers(conference).find((s) => s.id === id) : undefined;
  return conference && speaker ? { conference, speaker } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, id, locale } = await params;
  const found = await load(slug, id);
  return found ? { title: `${found.speaker.name} · ${localizedText(found.conference.title, found.conference.titleEn, locale)}` } : {};
}

/** One speaker (only if they appear in the public programme) with their sessions as programme cards. */
export default async function SpeakerPage({ params }: Props) {
  const { locale, slug, id } = await params;
  setRequestLocale(locale);
  const found = await load(slug, id);
  if (!found) notFound();
  const { conference: c, speaker } = found;
  const t = await getTranslations("public");
  const theirs = new Set(speaker.sessions.map((s) => s.id));
  // The same cards as the programme, in its order, by day, with times in the conference's zone.
  const view = programmeView(c, locale);
  const days = view.days
    .map((d) => ({ ...d, sessions: d.slots.flatMap((slot) => slot.sessions.filter((s) => theirs.has(s.id))) }))
    .filter((d) => d.sessions.length > 0);
  const past = isPast(c, new Date());
  return (
    <div className="container narrow-wide stack">
      <nav aria-label={t("session.breadcrumb")} className="breadcrumb">
        <Link href={`/conferences/${c.slug}/speakers`}>
          <span aria-hidden="true">← </span>
          {t("speakers.all")}: {localizedText(c.title, c.titleEn, locale)}
        </Link>
      </nav>
      <h1>{speaker.name}</h1>
      {speaker.organisation && <p className="lead">{speaker.organisation}</p>}
      {speaker.bio && <p className="prose-text">{speaker.bio}</p>}
      <section aria-labelledby="speaker-sessions" className="stack">
        <h2 id="speaker-sessions">{t("speakers.sessions")}</h2>
        {days.map((day) => (
          <section key={day.key} aria-labelledby={`day-${day.key}`}>
            <h3 id={`day-${day.key}`} className="h4">
              {day.label}
            </h3>
            <ul className="speaker-sessions">
              {day.sessions.map((session) => (
                <li key={session.id}>
                  <SessionCard session={session} view={view} locale={locale} past={past} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>
    </div>
  );
}
