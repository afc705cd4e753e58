import type { CSSProperties } from "react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { PublicConference, PublicSession } from "@/lib/conferences/queries";
import { formatTimeRange } from "@/lib/format/datetime";
import { SeatsBadge } from "./seats";

/** One programme entry: what, when, where, who, and whether a seat is still free. */
export async function SessionCard({ session: s, conference, locale, past = false }: { session: PublicSession; conference: Pick<PublicConference, "slug" | "timeZone">; locale: string; past?: boolean }) {
  const t = await getTranslations("public");
  const cancelled = s.status === "cancelled";
  return (
    <article className={`session-card session-card--${s.format}${cancelled ? " session-card--cancelled" : ""}`}>
      <p className="session-card__meta">
        <span className="session-card__format">{t(`formats.${s.format}`)}</span>
        <span className="session-card__time">{formatTimeRange(s.startsAt, s.endsAt, conference.timeZone, locale)}</span>
        <span>{s.room?.name ?? t("session.noRoom")}</span>
        {s.track && (
          <span className="session-card__track" style={s.track.color ? ({ "--track-color": s.track.color } as CSSProperties) : undefined}>
            <span className="visually-hidden">{t("session.track")}: </span>
            {s.track.name}
          </span>
        )}
      </p>
      <h4 className="session-card__title" lang={s.language}>
        <Link href={`/conferences/${conference.slug}/sessions/${s.id}`}>{cancelled ? <del>{s.title}</del> : s.title}</Link>
      </h4>
      {s.speakers.length > 0 && <p className="session-card__speakers">{s.speakers.map((sp) => sp.speaker.name).join(", ")}</p>}
      <p className="session-card__footer">
        <span className="session-card__host">
          <span className="visually-hidden">{t("session.host")}: </span>
          <abbr title={s.host.name}>{s.host.shortName}</abbr>
        </span>
        {s.language !== locale && <span className="badge badge--neutral">{t(`languages.${s.language === "en" ? "en" : "de"}`)}</span>}
        <SeatsBadge capacity={s.capacity} seatsTaken={s.seatsTaken} cancelled={cancelled} past={past} />
      </p>
    </article>
  );
}
