import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { formatDateRange } from "@/lib/format/datetime";
import { registrationWindow } from "@/lib/registrations/rules";

type Props = {
  locale: string;
  now: Date;
  conference: {
    slug: string;
    title: string;
    subtitle: string | null;
    startsAt: Date;
    endsAt: Date;
    timeZone: string;
    venueName: string;
    status: string;
    registrationOpensAt: Date | null;
    registrationClosesAt: Date | null;
    isDemo: boolean;
    hosts: { role: string; host: { shortName: string; name: string } }[];
    _count: { sessions: number };
  };
};

export async function ConferenceCard({ conference: c, locale, now }: Props) {
  const t = await getTranslations("public");
  const past = c.status === "archived" || c.endsAt < now;
  const open = registrationWindow(c, now) === "open";
  return (
    <article className={`conference-card${past ? " conference-card--past" : ""}`}>
      <p className="conference-card__date">{formatDateRange(c.startsAt, c.endsAt, c.timeZone, locale)}</p>
      <h3 className="conference-card__title">
        <Link href={`/conferences/${c.slug}`}>{c.title}</Link>
      </h3>
      {c.subtitle && <p className="conference-card__subtitle">{c.subtitle}</p>}
      <p className="conference-card__meta">
        <span>{c.venueName}</span>
        <span aria-hidden="true"> · </span>
        <span>{t("home.sessions", { count: c._count.sessions })}</span>
      </p>
      <p className="conference-card__hosts">{t("conference.hostedBy", { hosts: c.hosts.map((h) => h.host.shortName).join(", ") })}</p>
      <div className="conference-card__badges">
        {open && <span className="badge badge--success">{t("conference.registration.open")}</span>}
        {c.isDemo && <span className="badge badge--neutral">Demo</span>}
      </div>
    </article>
  );
}
