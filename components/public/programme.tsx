import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { PublicConference } from "@/lib/conferences/queries";
import { groupProgramme } from "@/lib/conferences/programme";
import { formatDayLong, formatTime, formatTimeRange } from "@/lib/format/datetime";
import { SeatsBadge } from "./seats";

/** The programme by day and time slot; sessions of one slot sit side by side (one per room). */
export async function Programme({ conference, locale }: { conference: PublicConference; locale: string }) {
  const t = await getTranslations("public");
  const days = groupProgramme(conference.sessions, conference.timeZone);
  if (!days.length) return <p className="muted">{t("conference.noSessions")}</p>;
  return (
    <div className="programme">
      {days.map((day) => (
        <section key={day.key} className="programme-day" aria-labelledby={`day-${day.key}`}>
          <h3 id={`day-${day.key}`} className="programme-day__title">
            {formatDayLong(day.date, conference.timeZone, locale)}
          </h3>
          <ol className="programme-slots">
            {day.slots.map((slot) => (
              <li key={slot.startsAt.toISOString()} className="programme-slot">
                <p className="programme-slot__time">
                  <time dateTime={slot.startsAt.toISOString()}>{formatTime(slot.startsAt, conference.timeZone, locale)}</time>
                </p>
                <ul className="programme-slot__sessions">
                  {slot.sessions.map((s) => {
                    const cancelled = s.status === "cancelled";
                    return (
                      <li key={s.id} className={`session-card${cancelled ? " session-card--cancelled" : ""} session-card--${s.format}`}>
                        <p className="session-card__meta">
                          <span className="session-card__format">{t(`formats.${s.format}`)}</span>
                          <span>{formatTimeRange(s.startsAt, s.endsAt, conference.timeZone, locale)}</span>
                          <span>{s.room?.name ?? t("session.noRoom")}</span>
                        </p>
                        <h4 className="session-card__title" lang={s.language}>
                          <Link href={`/conferences/${conference.slug}/sessions/${s.id}`}>
                            {cancelled ? <del>{s.title}</del> : s.title}
                          </Link>
                        </h4>
                        {s.speakers.length > 0 && <p className="session-card__speakers">{s.speakers.map((sp) => sp.speaker.name).join(", ")}</p>}
                        <p className="session-card__footer">
                          <span className="session-card__host">{s.host.shortName}</span>
                          {s.language !== locale && <span className="badge badge--neutral" lang="">{t(`languages.${s.language === "en" ? "en" : "de"}`)}</span>}
                          <SeatsBadge capacity={s.capacity} seatsTaken={s.seatsTaken} cancelled={cancelled} />
                        </p>
                      </li>
                    );
                  })}
                </ul>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
