import { useTranslations } from "next-intl";
import type { ProgrammeDayView } from "@/lib/conferences/programme-view";
import { langAttribute } from "@/lib/localized";

/**
 * The programme as printed: one compact table per day (time, session, room, speakers, host),
 * hidden on screen (programme.css shows it only in print). It follows the filter on screen, so a
 * reader can print just one day or their own sessions.
 */
export function ProgrammePrint({ days, locale, heading, mine }: { days: ProgrammeDayView[]; locale: string; heading: string; mine: ReadonlySet<string> }) {
  const t = useTranslations("public");
  return (
    <div className="programme-print">
      <p className="programme-print__heading">{heading}</p>
      {days.map((day) => (
        <table key={day.key} className="programme-print__day">
          <caption>{day.label}</caption>
          <thead>
            <tr>
              <th scope="col">{t("session.time")}</th>
              <th scope="col">{t("programme.session")}</th>
              <th scope="col">{t("session.room")}</th>
              <th scope="col">{t("session.speakers")}</th>
              <th scope="col">{t("session.host")}</th>
            </tr>
          </thead>
          <tbody>
            {day.slots.flatMap((slot) =>
              slot.sessions.map((s) => (
                <tr key={s.id} className={s.cancelled ? "is-cancelled" : undefined}>
                  <td className="programme-print__time">{s.time}</td>
                  <td>
                    <span lang={langAttribute(s.title, locale)}>{s.cancelled ? <del>{s.title.text}</del> : s.title.text}</span>
                    <span className="programme-print__meta">
                      {" "}
                      ({t(`formats.${s.format}`)}
                      {s.cancelled && `, ${t("session.cancelled")}`}
                      {mine.has(s.id) && `, ${t("mySessions.badge")}`})
                    </span>
                  </td>
                  <td>{s.room ?? "–"}</td>
                  <td>{s.speakers.map((sp) => sp.name).join(", ")}</td>
                  <td>{s.host.shortName}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      ))}
    </div>
  );
}
