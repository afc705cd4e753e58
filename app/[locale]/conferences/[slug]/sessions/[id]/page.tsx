import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CalendarLinks } from "@/components/calendar-links";
import { SeatsBadge } from "@/components/public/seats";
import { Link } from "@/i18n/navigation";
import { RegisterButton } from "@/components/public/registration-box";
import { isPast, publicRegistrationState } from "@/lib/conferences/public-status";
import { cachedPublicConference } from "@/lib/conferences/public-cache";
import { formatDayLong, formatTimeRange, formatZoneName } from "@/lib/format/datetime";
import { appUrl } from "@/lib/http";

export const dynamic = "force-dynamic";

type Props = PageProps<"/[locale]/conferences/[slug]/sessions/[id]">;

async function load(slug: string, id: string) {
  const conference = await cachedPublicConference(slug);
  const session = conference?.sessions.find((s) => s.id === id);
  return conference && session ? { conference, session } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, id } = await params;
  const found = await load(slug, id);
  return found ? { title: `${found.session.title} · ${found.conference.title}` } : {};
}

export default async function SessionPage({ params }: Props) {
  const { locale, slug, id } = await params;
  setRequestLocale(locale);
  const found = await load(slug, id);
  if (!found) notFound();
  const { conference: c, session: s } = found;
  const t = await getTranslations("public");
  const cancelled = s.status === "cancelled";
  const now = new Date();
  const past = isPast(c, now);
  const registration = publicRegistrationState(c, now);
  const zone = formatZoneName(s.startsAt, c.timeZone, locale);
  const location = [s.room?.name, c.venueName, c.venueAddress].filter(Boolean).join(", ");
  const pageUrl = `${appUrl()}${locale === "en" ? "/en" : ""}/conferences/${c.slug}/sessions/${s.id}`;
  return (
    <div className="container narrow-wide">
      <nav aria-label={t("session.breadcrumb")} className="breadcrumb">
        <Link href={`/conferences/${c.slug}#programme-heading`}>
          <span aria-hidden="true">← </span>
          {t("session.backToProgramme")}: {c.title}
        </Link>
      </nav>
      <article className="session-detail">
        <p className="session-detail__kicker">
          <span className="badge">{t(`formats.${s.format}`)}</span> <SeatsBadge capacity={s.capacity} seatsTaken={s.seatsTaken} cancelled={cancelled} past={past} />
          {past && <span className="badge badge--neutral">{t("session.pastBadge")}</span>}
        </p>
        <h1 lang={s.language}>{cancelled ? <del>{s.title}</del> : s.title}</h1>
        {cancelled && <div className="notice notice--error">{t("session.cancelledNotice")}</div>}
        <div className="session-detail__grid">
          <div className="stack">
            {s.abstract && (
              <section aria-labelledby="about-heading">
                <h2 id="about-heading" className="h3">{t("session.about")}</h2>
                <p className="lead" lang={s.language}>
                  {s.abstract}
                </p>
              </section>
            )}
            {s.speakers.length > 0 && (
              <section aria-labelledby="speakers-heading">
                <h2 id="speakers-heading" className="h3">{t("session.speakers")}</h2>
                <ul className="speaker-list">
                  {s.speakers.map(({ speaker }) => (
                    <li key={speaker.id}>
                      <strong>{speaker.name}</strong>
                      {speaker.organisation && <span className="muted">, {speaker.organisation}</span>}
                      {speaker.bio && <p className="small">{speaker.bio}</p>}
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </div>
          <aside className="card stack">
            <dl className="facts facts--stacked">
              <div>
                <dt>{t("session.date")}</dt>
                <dd>{formatDayLong(s.startsAt, c.timeZone, locale)}</dd>
              </div>
              <div>
                <dt>{t("session.time")}</dt>
                <dd>
                  {formatTimeRange(s.startsAt, s.endsAt, c.timeZone, locale)} <span className="muted">{zone}</span>
                </dd>
              </div>
              <div>
                <dt>{t("session.room")}</dt>
                <dd>{s.room?.name ?? t("session.noRoom")}</dd>
              </div>
              <div>
                <dt>{t("session.venue")}</dt>
                <dd>
                  <address className="venue">
                    {c.venueName}
                    <br />
                    <span className="muted">{c.venueAddress}</span>
                  </address>
                </dd>
              </div>
              <div>
                <dt>{t("session.host")}</dt>
                <dd>
                  {s.host.name} <span className="muted">({s.host.shortName})</span>
                </dd>
              </div>
              <div>
                <dt>{t("session.language")}</dt>
                <dd>{t(`languages.${s.language === "en" ? "en" : "de"}`)}</dd>
              </div>
              <div>
                <dt>{t("session.format")}</dt>
                <dd>{t(`formats.${s.format}`)}</dd>
              </div>
              {!past && !cancelled && (
                <div>
                  <dt>{t("session.seats")}</dt>
                  <dd>
                    {s.capacity === null
                      ? t("session.unlimited")
                      : s.seatsTaken >= s.capacity
                        ? `${t("session.full")} (${t("session.capacity", { capacity: s.capacity })})`
                        : `${t("session.seatsLeft", { count: s.capacity - s.seatsTaken })} (${t("session.capacityOf", { capacity: s.capacity })})`}
                    {s.waitlistLength > 0 && (
                      <>
                        <br />
                        <span className="muted">{t("session.waitlist", { count: s.waitlistLength })}</span>
                      </>
                    )}
                  </dd>
                </div>
              )}
            </dl>
            {!cancelled && !past && (registration.state === "open" || registration.state === "full") && (
              <p>
                <RegisterButton slug={c.slug} registration={registration} className="button button--block" />
                <span className="small muted register-hint">{t("session.registerHint")}</span>
              </p>
            )}
            {!cancelled && !past && (
              <>
                <h2 className="h4">{t("session.addToCalendar")}</h2>
                <CalendarLinks
                  icsUrl={`/api/sessions/${s.id}/calendar.ics`}
                  event={{ title: s.title, description: `${s.abstract}\n\n${pageUrl}`, location, start: s.startsAt, end: s.endsAt }}
                />
              </>
            )}
          </aside>
        </div>
      </article>
      <p className="back-link">
        <Link href={`/conferences/${c.slug}#programme-heading`}>
          <span aria-hidden="true">← </span>
          {t("session.backToProgrammeShort")}
        </Link>
      </p>
    </div>
  );
}
