import { Fragment, type CSSProperties } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { ProgrammeEntry, ProgrammeView } from "@/lib/conferences/programme-view";
import { SeatsBadge } from "./seats";

/** One programme entry: what, when, where, who, whether a seat is still free, and whether it is one of "my sessions". */
export function SessionCard({
  session: s,
  view,
  locale,
  past = false,
  mine = false,
  headingLevel = 4,
}: {
  session: ProgrammeEntry;
  /** Where the entry's track, host and speakers are listed. */
  view: Pick<ProgrammeView, "slug" | "tracks" | "hosts" | "speakers">;
  locale: string;
  past?: boolean;
  mine?: boolean;
  headingLevel?: 3 | 4;
}) {
  const t = useTranslations("public");
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const track = s.track === null ? null : view.tracks[s.track];
  const host = view.hosts[s.host];
  return (
    <article className={`session-card session-card--${s.format}${s.cancelled ? " session-card--cancelled" : ""}${mine ? " session-card--mine" : ""}`}>
      <p className="session-card__meta">
        <span className="session-card__format">{t(`formats.${s.format}`)}</span>
        <span className="session-card__time">{s.time}</span>
        <span>{s.room ?? t("session.noRoom")}</span>
        {track && (
          <span className="session-card__track" style={track.color ? ({ "--track-color": track.color } as CSSProperties) : undefined}>
            <span className="visually-hidden">{`${t("session.track")}: `}</span>
            {/* Tracks are named in German only: marked as such on the English page. */}
            <span lang={locale === "de" ? undefined : "de"}>{track.name}</span>
          </span>
        )}
      </p>
      <Heading className="session-card__title" lang={s.titleLang ?? undefined}>
        <Link href={`/conferences/${view.slug}/sessions/${s.id}`}>{s.cancelled ? <del>{s.title}</del> : s.title}</Link>
      </Heading>
      {s.speakers.length > 0 && (
        <p className="session-card__speakers">
          <span className="visually-hidden">{`${t("session.speakers")}: `}</span>
          {s.speakers.map((i, n) => (
            <Fragment key={view.speakers[i].id}>
              {n > 0 && ", "}
              <Link href={`/conferences/${view.slug}/speakers/${view.speakers[i].id}`}>{view.speakers[i].name}</Link>
            </Fragment>
          ))}
        </p>
      )}
      <p className="session-card__footer">
        <span className="session-card__host">
          <span className="visually-hidden">{`${t("session.host")}: `}</span>
          <abbr title={host.name}>{host.shortName}</abbr>
        </span>
        {mine && <span className="badge badge--mine">{t("mySessions.badge")}</span>}
        {s.language !== locale && <span className="badge badge--neutral">{t(`languages.${s.language === "en" ? "en" : "de"}`)}</span>}
        <SeatsBadge left={s.seatsLeft} cancelled={s.cancelled} past={past} />
      </p>
    </article>
  );
}
