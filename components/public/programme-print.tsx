import { useTranslations } from "next-intl";
import type { ProgrammeDayView, ProgrammeView } from "@/lib/conferences/programme-view";

/**
 * The programme as printed: one compact table per day (time, session, room, speakers, host),
 * rendered only while printing (programme.css shows it only in print). It follows the filter on
 * screen, so a reader can print just one day or their own sessions.
 */
export function ProgrammePrint({ days, view, heading, mine }: { days: ProgrammeDayView[]; view: Pick<ProgrammeView, "hosts" | "speakers">; heading: string; mine: ReadonlySet<string> }) {
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
                    <span lang={s.titleLang ?? undefined}>{s.cancelled ? <del>{s.title}</del> : s.title}</span>
                    <span className="programme-print__meta">
                      {" "}
                      ({t(`formats.${s.format}`)}
                      {s.cancelled && `, ${t("session.cancelled")}`}
                      {mine.has(s.id) && `, ${t("mySessions.badge")}`})
                    </span>
                  </td>
                  <td>{s.room ?? "–"}</td>
                  <td>{s.speakers.map((i) => view.speakers[i].name).join(", ")}</td>
                  <td>{view.hosts[s.host].shortName}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      ))}
    </div>
  );
}
