import { getTranslations } from "next-intl/server";
import { formatDateRange, formatDayShort, formatTimeRange, formatZoneName } from "@/lib/format/datetime";
import type { registrationView } from "@/lib/registrations/queries";
import { AgendaCalendar } from "./agenda-calendar";
import "./registration.css";

type View = Awaited<ReturnType<typeof registrationView>>;
type Conference = { title: string; startsAt: Date; endsAt: Date; timeZone: string; venueName: string; venueAddress: string };

/**
 * The confirmation of a registration, as the manage page shows it right after registering and on
 * every later visit: status and waiting-list positions, the check-in QR code, the conference's and
 * each session's date and time in the conference's zone, and the agenda for the calendar.
 */
export async function ManageConfirmation({
  view,
  conference: c,
  locale,
  token,
  welcome,
  checkInQr,
  agendaIcs,
}: {
  view: View;
  conference: Conference;
  locale: string;
  token: string;
  /** Just registered: thank and say where the confirmation went. */
  welcome: boolean;
  checkInQr: string | null;
  agendaIcs: string | null;
}) {
  const t = await getTranslations("registration");
  const statusBadge = view.status === "confirmed" ? "badge badge--success" : view.status === "waitlisted" ? "badge badge--warning" : "badge badge--danger";
  const zone = formatZoneName(c.startsAt, c.timeZone, locale);
  return (
    <>
      {welcome && view.status !== "cancelled" && (
        <div className="notice notice--success welcome" role="status" data-testid="registration-result">
          <p>
            <strong>{t("done.title")}</strong>
          </p>
          <p>{t("done.emailSent", { email: view.email })}</p>
        </div>
      )}

      <section className="card stack" aria-labelledby="status-heading" data-testid="confirmation">
        <h2 id="status-heading" className="h3">
          {t("manage.statusLabel")}: <span className={statusBadge}>{t(`status.${view.status}`)}</span>
        </h2>
        {view.status === "confirmed" && <p>{t("done.confirmed")}</p>}
        {view.status === "waitlisted" && <p>{t("done.waitlisted", { position: view.waitlistPosition ?? 0 })}</p>}
        {view.status === "cancelled" && <p>{t("manage.cancelledState")}</p>}
        <div className="confirmation">
          <dl className="facts facts--stacked">
            <div>
              <dt>{t("manage.event")}</dt>
              <dd>
                {c.title}
                <br />
                <span className="facts__secondary">
                  {formatDateRange(c.startsAt, c.endsAt, c.timeZone, locale)} · {c.venueName}, {c.venueAddress}
                </span>
              </dd>
            </div>
            <div>
              <dt>{t("form.name")}</dt>
              <dd>{view.name}</dd>
            </div>
            <div>
              <dt>{t("form.email")}</dt>
              <dd>{view.email}</dd>
            </div>
            {view.organisation && (
              <div>
                <dt>{t("form.organisation")}</dt>
                <dd>{view.organisation}</dd>
              </div>
            )}
          </dl>
          {view.checkInCode && checkInQr && (
            <figure className="check-in-pass" data-testid="check-in-pass">
              {/* A data: URL drawn on the server: no request leaves the page, the CSP allows data: images. */}
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={checkInQr} alt={t("manage.qrAlt", { code: view.checkInCode })} width={176} height={176} />
              <figcaption>
                {t("manage.checkInCode")}: <span className="check-in-code">{view.checkInCode}</span>
                <br />
                <span className="small muted">{t("manage.checkInHint")}</span>
              </figcaption>
            </figure>
          )}
        </div>
      </section>

      {view.status !== "cancelled" && (
        <section className="card stack" aria-labelledby="agenda-heading">
          <h2 id="agenda-heading" className="h3">
            {t("manage.agenda")}
          </h2>
          {view.sessions.length === 0 ? (
            <p className="muted">{t("manage.noSessions")}</p>
          ) : (
            <>
              <p className="small muted">{t("manage.timesIn", { zone })}</p>
              <ul className="agenda-list" data-testid="agenda">
                {view.sessions.map((s) => (
                  <li key={s.id}>
                    <span className="agenda-list__time">
                      {formatDayShort(s.startsAt, c.timeZone, locale)}, {formatTimeRange(s.startsAt, s.endsAt, c.timeZone, locale)}
                    </span>{" "}
                    <strong>{s.title}</strong> {s.room && <span className="muted">({s.room})</span>}{" "}
                    <span className={s.status === "confirmed" ? "badge badge--success" : "badge badge--warning"}>
                      {s.status === "confirmed" ? t("status.confirmed") : t("status.position", { position: s.waitlistPosition ?? 0 })}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3 className="h4">{t("manage.calendar")}</h3>
          <AgendaCalendar token={token} registrationId={view.id} icsHref={agendaIcs} feedName={c.title} />
        </section>
      )}
    </>
  );
}
