import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CalendarLinks } from "@/components/calendar-links";
import { SeatsBadge } from "@/components/public/seats";
import { VenueLinks } from "@/components/public/venue-links";
import { Link } from "@/i18n/navigation";
import { RegisterButton } from "@/components/public/registration-box";
import { sessionTitle } from "@/lib/conferences/programme-view";
import { seatsLeft } from "@/lib/registrations/rules";
import { isPast, publicRegistrationState } from "@/lib/conferences/public-status";
import { cachedPublicConference } from "@/lib/conferences/public-cache";
import { formatDayLong, formatTimeRange, formatZoneName } from "@/lib/format/datetime";
import { appUrl } from "@/lib/http";
import { langAttribute, localizedText, pickOptionalLocalized } from "@/lib/localized";
import "@/components/public/programme.css";

export const dynamic = "force-dynamic";

type Props = PageProps<"/[locale]/conferences/[slug]/sessions/[id]">;

async function load(slug: string, id: string) {
  const conference = await cachedPublicConference(slug);
  const session = conference?.sessions.find((s) => s.id === id);
  return conference && session ? { conference, session } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, id, locale } = await params;
  const found = await load(slug, id);
  if (!found) return {};
  const { conference: c, session: s } = found;
  return { title: `${sessionTitle(s, locale).text} · ${localizedText(c.title, c.titleEn, locale)}` };
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
  const title = sessionTitle(s, locale);
  const abstract = pickOptionalLocalized(s.abstract, s.abstractEn, locale, s.language);
  const conferenceTitle = localizedText(c.title, c.titleEn, locale);
  const germanOnly = <span className="badge badge--neutral">{t("session.germanOnly")}</span>;
  return (
    <div className="container narrow-wide">
      <nav aria-label={t("session.breadcrumb")} className="breadcrumb">
        <Link href={`/conferences/${c.slug}#programme-heading`}>
          <span aria-hidden="true">← </span>
          {t("session.backToProgramme")}: {conferenceTitle}
        </Link>
      </nav>
      <article className="session-detail">
        <p className="session-detail__kicker">
          <span className="badge">{t(`formats.${s.format}`)}</span> <SeatsBadge left={seatsLeft(s.capacity, s.seatsTaken)} cancelled={cancelled} past={past} />
          {past && <span className="badge badge--neutral">{t("session.pastBadge")}</span>}
        </p>
        <h1 lang={langAttribute(title, locale)}>{cancelled ? <del>{title.text}</del> : title.text}</h1>
        {title.fallback && <p>{germanOnly}</p>}
        {cancelled && <div className="notice notice--error">{t("session.cancelledNotice")}</div>}
        <div className="session-detail__grid">
          <div className="stack">
            {abstract && (
              <section aria-labelledby="about-heading">
                <h2 id="about-heading" className="h3">
                  {t("session.about")} {abstract.fallback && !title.fallback && germanOnly}
                </h2>
                <p className="lead" lang={langAttribute(abstract, locale)}>
                  {abstract.text}
                </p>
              </section>
            )}
            {s.speakers.length > 0 && (
              <section aria-labelledby="speakers-heading">
                <h2 id="speakers-heading" className="h3">{t("session.speakers")}</h2>
                <ul className="speaker-list">
                  {s.speakers.map(({ speaker }) => (
                    <li key={speaker.id}>
                      <strong>
                        <Link href={`/conferences/${c.slug}/speakers/${speaker.id}`}>{speaker.name}</Link>
                      </strong>
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
                  <VenueLinks name={c.venueName} address={c.venueAddress} />
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
                <RegisterButton slug={c.slug} registration={registration} sessionId={s.format === "break" ? undefined : s.id} className="button button--block" />
                <span className="small muted register-hint">{s.format === "break" ? t("session.registerHint") : t("session.registerForSessionHint")}</span>
              </p>
            )}
            {!cancelled && !past && (
              <>
                <h2 className="h4">{t("session.addToCalendar")}</h2>
                <CalendarLinks
                  icsUrl={`/api/sessions/${s.id}/calendar.ics${locale === "en" ? "?locale=en" : ""}`}
                  event={{ title: title.text, description: `${abstract?.text ?? ""}\n\n${pageUrl}`, location, start: s.startsAt, end: s.endsAt }}
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
