import type { CSSProperties } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { ProgrammeEntry } from "@/lib/conferences/programme-view";
import { langAttribute } from "@/lib/localized";
import { SeatsBadge } from "./seats";

/** One programme entry: what, when, where, who, whether a seat is still free, and whether it is one of "my sessions". */
export function SessionCard({ session: s, slug, locale, past = false, mine = false, headingLevel = 4 }: { session: ProgrammeEntry; slug: string; locale: string; past?: boolean; mine?: boolean; headingLevel?: 3 | 4 }) {
  const t = useTranslations("public");
  const titleLang = langAttribute(s.title, locale);
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <article className={`session-card session-card--${s.format}${s.cancelled ? " session-card--cancelled" : ""}${mine ? " session-card--mine" : ""}`}>
      <p className="session-card__meta">
        <span className="session-card__format">{t(`formats.${s.format}`)}</span>
        <span className="session-card__time">{s.time}</span>
        <span>{s.room ?? t("session.noRoom")}</span>
        {s.track && (
          <span className="session-card__track" style={s.track.color ? ({ "--track-color": s.track.color } as CSSProperties) : undefined}>
            <span className="visually-hidden">{t("session.track")}: </span>
            {s.track.name}
          </span>
        )}
      </p>
      <Heading className="session-card__title" lang={titleLang}>
        <Link href={`/conferences/${slug}/sessions/${s.id}`}>{s.cancelled ? <del>{s.title.text}</del> : s.title.text}</Link>
      </Heading>
      {s.speakers.length > 0 && (
        <p className="session-card__speakers">
          <span className="visually-hidden">{t("session.speakers")}: </span>
          {s.speakers.map((sp, i) => (
            <span key={sp.id}>
              {i > 0 && ", "}
              <Link href={`/conferences/${slug}/speakers/${sp.id}`}>{sp.name}</Link>
            </span>
          ))}
        </p>
      )}
      <p className="session-card__footer">
        <span className="session-card__host">
          <span className="visually-hidden">{t("session.host")}: </span>
          <abbr title={s.host.name}>{s.host.shortName}</abbr>
        </span>
        {mine && <span className="badge badge--mine">{t("mySessions.badge")}</span>}
        {s.language !== locale && <span className="badge badge--neutral">{t(`languages.${s.language === "en" ? "en" : "de"}`)}</span>}
        <SeatsBadge capacity={s.capacity} seatsTaken={s.seatsTaken} cancelled={s.cancelled} past={past} />
      </p>
    </article>
  );
}
