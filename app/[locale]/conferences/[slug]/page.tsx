import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CalendarLinks } from "@/components/calendar-links";
import { Programme } from "@/components/public/programme";
import { RegistrationBox } from "@/components/public/registration-box";
import { getPublicConference } from "@/lib/conferences/queries";
import { appUrl } from "@/lib/http";
import { Link } from "@/i18n/navigation";
import { formatDateRange, formatZoneName } from "@/lib/format/datetime";
import { registrationWindow } from "@/lib/registrations/rules";

export const dynamic = "force-dynamic";

type Props = PageProps<"/[locale]/conferences/[slug]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const conference = await getPublicConference(slug);
  return conference ? { title: conference.title, description: conference.subtitle ?? undefined } : {};
}

export default async function ConferencePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const conference = await getPublicConference(slug);
  if (!conference) notFound();
  const t = await getTranslations("public");
  const now = new Date();
  const c = conference;
  return (
    <>
      <section className="hero hero--conference">
        <div className="container">
          {c.isDemo && <p className="demo-ribbon">{t("conference.demo")}</p>}
          <h1>{c.title}</h1>
          {c.subtitle && <p className="hero__subtitle">{c.subtitle}</p>}
          <dl className="facts">
            <div>
              <dt>{t("conference.when")}</dt>
              <dd>{formatDateRange(c.startsAt, c.endsAt, c.timeZone, locale)}</dd>
            </div>
            <div>
              <dt>{t("conference.where")}</dt>
              <dd>
                {c.venueName}
                <br />
                <span className="muted">{c.venueAddress}</span>
              </dd>
            </div>
            <div>
              <dt>{t("conference.hosts")}</dt>
              <dd>
                <ul className="host-list">
                  {c.hosts.map((h) => (
                    <li key={h.host.slug}>
                      <abbr title={h.host.name}>{h.host.shortName}</abbr> <span className="muted">({t(`roles.${h.role}`)})</span>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          </dl>
          {registrationWindow(c, now) === "open" && (
            <p className="hero__cta">
              <Link className="button button--light" href={`/conferences/${c.slug}/register`}>
                {t("conference.register")}
              </Link>
            </p>
          )}
        </div>
      </section>
      <div className="container conference-layout">
        <div className="conference-layout__main stack-lg">
          {c.description && (
            <section aria-labelledby="about-heading">
              <h2 id="about-heading">{t("conference.about")}</h2>
              <p className="lead">{c.description}</p>
            </section>
          )}
          <section aria-labelledby="programme-heading">
            <h2 id="programme-heading">{t("conference.programme")}</h2>
            <p className="muted small">{t("conference.programmeIntro", { zone: `${c.timeZone.replace("_", " ")}, ${formatZoneName(c.startsAt, c.timeZone, locale)}` })}</p>
            <Programme conference={c} locale={locale} />
            <h3 className="h4">{t("conference.calendar")}</h3>
            <CalendarLinks icsUrl={`/api/conferences/${c.slug}/calendar.ics`} feedUrl={`${appUrl()}/api/conferences/${c.slug}/calendar.ics`} feedName={c.title} />
          </section>
        </div>
        <aside className="conference-layout__aside stack">
          <div className="card">
            <RegistrationBox conference={c} locale={locale} now={now} />
          </div>
          <div className="card">
            <h2 className="h3">{t("conference.hosts")}</h2>
            <ul className="host-details">
              {c.hosts.map((h) => (
                <li key={h.host.slug}>
                  <strong>{h.host.name}</strong> <span className="badge badge--neutral">{t(`roles.${h.role}`)}</span>
                  {h.host.website && (
                    <>
                      <br />
                      <a href={h.host.website} rel="noopener">
                        {h.host.website.replace(/^https?:\/\//, "")}
                      </a>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </div>
          <div className="card">
            <h2 className="h3">{t("conference.venue")}</h2>
            <p>
              {c.venueName}
              <br />
              {c.venueAddress}
            </p>
            {c.rooms.length > 0 && (
              <>
                <h3 className="h4">{t("conference.rooms")}</h3>
                <ul className="plain-list small">
                  {c.rooms.map((r) => (
                    <li key={r.id}>
                      {r.name}
                      {r.description && <span className="muted"> – {r.description}</span>}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        </aside>
      </div>
    </>
  );
}
