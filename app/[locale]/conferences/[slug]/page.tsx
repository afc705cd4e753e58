import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CalendarLinks } from "@/components/calendar-links";
import { HostList } from "@/components/public/host-list";
import { Localized } from "@/components/public/localized";
import { Programme } from "@/components/public/programme";
import { RegisterButton, RegistrationBox } from "@/components/public/registration-box";
import { VenueLinks } from "@/components/public/venue-links";
import { Link } from "@/i18n/navigation";
import { filterFromQuery } from "@/lib/conferences/programme-filter";
import { programmeView } from "@/lib/conferences/programme-view";
import { packProgramme } from "@/lib/conferences/programme-wire";
import { isPast, publicRegistrationState } from "@/lib/conferences/public-status";
import { cachedPublicConference } from "@/lib/conferences/public-cache";
import { formatDateRange, formatZoneName } from "@/lib/format/datetime";
import { appUrl } from "@/lib/http";
import { localizedText, pickLocalized, pickOptionalLocalized } from "@/lib/localized";
import "@/components/public/programme.css";

export const dynamic = "force-dynamic";

type Props = PageProps<"/[locale]/conferences/[slug]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, locale } = await params;
  const c = await cachedPublicConference(slug);
  return c ? { title: localizedText(c.title, c.titleEn, locale), description: pickOptionalLocalized(c.subtitle, c.subtitleEn, locale)?.text } : {};
}

export default async function ConferencePage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const c = await cachedPublicConference(slug);
  if (!c) notFound();
  const t = await getTranslations("public");
  const now = new Date();
  const past = isPast(c, now);
  const registration = publicRegistrationState(c, now);
  const zone = `${c.timeZone.replaceAll("_", " ")}, ${formatZoneName(c.startsAt, c.timeZone, locale)}`;
  const title = pickLocalized(c.title, c.titleEn, locale);
  const subtitle = pickOptionalLocalized(c.subtitle, c.subtitleEn, locale);
  const description = pickOptionalLocalized(c.description, c.descriptionEn, locale);
  const dates = formatDateRange(c.startsAt, c.endsAt, c.timeZone, locale);
  const icsQuery = locale === "en" ? "?locale=en" : "";
  return (
    <>
      <section className={`hero hero--conference${past ? " hero--past" : ""}`} aria-labelledby="conference-title">
        <div className="container">
          {c.isDemo && (
            <p className="demo-note">
              <strong>{t("demo.label")}</strong> {t("demo.text")}
            </p>
          )}
          {past && <p className="hero__kicker">{t("conference.pastKicker")}</p>}
          <h1 id="conference-title">
            <Localized text={title} locale={locale} />
          </h1>
          {subtitle && (
            <p className="hero__subtitle">
              <Localized text={subtitle} locale={locale} />
            </p>
          )}
          <dl className="facts">
            <div>
              <dt>{t("conference.when")}</dt>
              <dd>{dates}</dd>
            </div>
            <div>
              <dt>{t("conference.where")}</dt>
              <dd>
                {c.venueName}
                <br />
                <span className="facts__secondary">{c.venueAddress}</span>
              </dd>
            </div>
            <div>
              <dt>{t("conference.hosts")}</dt>
              <dd>
                <ul className="host-list">
                  {c.hosts.map((h) => (
                    <li key={h.host.slug}>
                      <abbr title={h.host.name}>{h.host.shortName}</abbr> <span className="facts__secondary">{`(${t(`roles.${h.role}`)})`}</span>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          </dl>
          <p className="hero__cta">
            <RegisterButton slug={c.slug} registration={registration} className="button button--light" />
          </p>
        </div>
      </section>

      <div className="container stack-lg">
        <div className="conference-layout">
          <div className="conference-layout__main stack">
            {description && (
              <section aria-labelledby="about-heading">
                <h2 id="about-heading">{t("conference.about")}</h2>
                <p className="lead prose-text" lang={description.lang === locale ? undefined : description.lang}>
                  {description.text}
                </p>
              </section>
            )}
            <section aria-labelledby="hosts-heading">
              <h2 id="hosts-heading">{t("conference.hostsHeading")}</h2>
              {/* Only the fields shown: a client component's props are written into the page. */}
              <HostList hosts={c.hosts.map(({ role, host: { slug, name, shortName, website, description } }) => ({ role, host: { slug, name, shortName, website, description } }))} />
            </section>
          </div>
          <aside className="conference-layout__aside stack" aria-label={t("conference.asideLabel")}>
            <div className="card">
              <RegistrationBox slug={c.slug} timeZone={c.timeZone} locale={locale} registration={registration} />
            </div>
            <div className="card">
              <h2 className="h3">{t("conference.venue")}</h2>
              <address className="venue">
                <strong>{c.venueName}</strong>
                <br />
                {c.venueAddress}
              </address>
              <VenueLinks name={c.venueName} address={c.venueAddress} />
              {c.rooms.length > 0 && (
                <>
                  <h3 className="h4">{t("conference.rooms")}</h3>
                  <ul className="plain-list small">
                    {c.rooms.map((r) => {
                      const note = pickOptionalLocalized(r.description, r.descriptionEn, locale);
                      return (
                        <li key={r.id}>
                          {r.name}
                          {note && (
                            <span className="muted">
                              {" "}
                              – <Localized text={note} locale={locale} />
                            </span>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                </>
              )}
            </div>
          </aside>
        </div>

        <section aria-labelledby="programme-heading" className="stack">
          <div className="section-head">
            <h2 id="programme-heading">{t("conference.programme")}</h2>
            <p className="muted">
              {t("conference.programmeIntro", { zone })} <Link href={`/conferences/${c.slug}/speakers`}>{t("conference.speakersLink")}</Link>
            </p>
          </div>
          {/* The filter of a shared address is rendered here: the programme is sent once, not a fallback plus a streamed copy (issue 15). */}
          <Programme programme={packProgramme(programmeView(c, locale))} locale={locale} past={past} heading={`${title.text} · ${dates} · ${c.venueName}`} initial={filterFromQuery(await searchParams)} />
          {!past && (
            <div className="card calendar-card">
              <h3 className="h4">{t("conference.calendar")}</h3>
              <p className="small muted">{t("conference.calendarHint")}</p>
              <CalendarLinks icsUrl={`/api/conferences/${c.slug}/calendar.ics${icsQuery}`} feedUrl={`${appUrl()}/api/conferences/${c.slug}/calendar.ics${icsQuery}`} feedName={title.text} />
            </div>
          )}
        </section>
      </div>
    </>
  );
}
