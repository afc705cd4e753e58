import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { formatDateRange, formatDateTime } from "@/lib/format/datetime";
import type { PublicRegistrationState } from "@/lib/conferences/public-status";
import { pickLocalized, pickOptionalLocalized } from "@/lib/localized";
import { Localized } from "./localized";
import { RegisterButton } from "./registration-box";

type Props = {
  locale: string;
  registration: PublicRegistrationState;
  /** Upcoming conferences get the full card with calls to action; past ones a compact record. */
  variant: "upcoming" | "past";
  conference: {
    slug: string;
    title: string;
    subtitle: string | null;
    titleEn: string | null;
    subtitleEn: string | null;
    startsAt: Date;
    endsAt: Date;
    timeZone: string;
    venueName: string;
    venueAddress: string;
    isDemo: boolean;
    hosts: { role: string; host: { slug: string; shortName: string; name: string } }[];
    _count: { sessions: number };
  };
};

export async function ConferenceCard({ conference: c, locale, registration: r, variant }: Props) {
  const t = await getTranslations("public");
  const headingId = `conference-${c.slug}`;
  const subtitle = pickOptionalLocalized(c.subtitle, c.subtitleEn, locale);
  return (
    <article className={`conference-card conference-card--${variant}`} aria-labelledby={headingId}>
      <p className="conference-card__date">
        <time dateTime={c.startsAt.toISOString()}>{formatDateRange(c.startsAt, c.endsAt, c.timeZone, locale)}</time>
      </p>
      <h3 className="conference-card__title" id={headingId}>
        <Link href={`/conferences/${c.slug}`}>
          <Localized text={pickLocalized(c.title, c.titleEn, locale)} locale={locale} />
        </Link>
      </h3>
      {subtitle && (
        <p className="conference-card__subtitle">
          <span className="visually-hidden">{t("home.theme")}: </span>
          <Localized text={subtitle} locale={locale} />
        </p>
      )}
      <dl className="conference-card__facts">
        <div>
          <dt>{t("conference.where")}</dt>
          <dd>
            {c.venueName}
            {variant === "upcoming" && <span className="muted">, {c.venueAddress}</span>}
          </dd>
        </div>
        <div>
          <dt>{t("conference.hosts")}</dt>
          <dd>
            {c.hosts.map((h, i) => (
              <span key={h.host.slug}>
                {i > 0 && ", "}
                <abbr title={h.host.name}>{h.host.shortName}</abbr>
                {variant === "upcoming" && <span className="muted"> ({t(`roles.${h.role}`)})</span>}
              </span>
            ))}
          </dd>
        </div>
        <div>
          <dt>{t("conference.programme")}</dt>
          <dd>{t("home.sessions", { count: c._count.sessions })}</dd>
        </div>
      </dl>
      <div className="conference-card__badges">
        {r.state === "open" && <span className="badge badge--success">{t("conference.registration.open")}</span>}
        {r.state === "full" && <span className="badge badge--warning">{t("conference.registration.fullBadge")}</span>}
        {r.state === "not_yet_open" && (
          <span className="badge badge--neutral">{r.opensAt ? t("home.opensOn", { date: formatDateTime(r.opensAt, c.timeZone, locale) }) : t("home.opensSoon")}</span>
        )}
        {r.state === "closed" && <span className="badge badge--neutral">{t("home.closed")}</span>}
        {c.isDemo && <span className="badge badge--demo">{t("demo.label")}</span>}
      </div>
      {variant === "upcoming" && (
        <p className="conference-card__actions">
          <RegisterButton slug={c.slug} registration={r} />
          <Link className="button button--secondary" href={`/conferences/${c.slug}`} aria-describedby={headingId}>
            {t("home.details")}
          </Link>
        </p>
      )}
      {variant === "past" && (
        <p className="conference-card__actions">
          <Link href={`/conferences/${c.slug}`} aria-describedby={headingId}>
            {t("home.record")}
          </Link>
        </p>
      )}
    </article>
  );
}
