import type { CSSProperties } from "react";
import { getTranslations } from "next-intl/server";
import type { PublicConference } from "@/lib/conferences/queries";
import { groupProgramme } from "@/lib/conferences/programme";
import { formatDayLong, formatTime } from "@/lib/format/datetime";
import { SessionCard } from "./session-card";

/**
 * The programme by day and time slot. On wide screens a day is a grid with one column per room
 * (plenary slots span the row); on phones the same markup reads as a list, each card naming its room.
 */
export async function Programme({ conference, locale, past = false }: { conference: PublicConference; locale: string; past?: boolean }) {
  const t = await getTranslations("public");
  const days = groupProgramme(conference.sessions, conference.timeZone);
  if (!days.length) return <p className="muted">{t("conference.noSessions")}</p>;
  return (
    <div className="programme">
      {days.map((day) => (
        <section key={day.key} className="programme-day" aria-labelledby={`day-${day.key}`} style={{ "--rooms": Math.max(1, day.rooms.length) } as CSSProperties}>
          <h3 id={`day-${day.key}`} className="programme-day__title">
            {formatDayLong(day.date, conference.timeZone, locale)}
          </h3>
          {day.rooms.length > 1 && (
            // Every card names its room, so this header row is only a visual aid for the grid.
            <div className="programme-rooms" aria-hidden="true">
              <span />
              <span className="programme-rooms__names">
                {day.rooms.map((room) => (
                  <span key={room.id}>{room.name}</span>
                ))}
              </span>
            </div>
          )}
          <ol className="programme-slots">
            {day.slots.map((slot) => (
              <li key={slot.startsAt.toISOString()} className={`programme-slot${slot.plenary ? " programme-slot--plenary" : ""}`}>
                <p className="programme-slot__time">
                  <time dateTime={slot.startsAt.toISOString()}>{formatTime(slot.startsAt, conference.timeZone, locale)}</time>
                </p>
                <ul className="programme-slot__sessions">
                  {slot.sessions.map(({ session, column }) => (
                    <li key={session.id} style={!slot.plenary && column !== null ? ({ "--column": column + 1 } as CSSProperties) : undefined}>
                      <SessionCard session={session} conference={conference} locale={locale} past={past} />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
