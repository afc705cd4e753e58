import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BadgesSection } from "@/components/badges/badges-section";
import { ActionStatus } from "@/components/organiser/attendees/action-status";
import { AddAttendeeForm } from "@/components/organiser/attendees/add-attendee-form";
import { AttendeeRowActions } from "@/components/organiser/attendees/attendee-row-actions";
import styles from "@/components/organiser/attendees/attendees.module.css";
import { ConferenceNav } from "@/components/organiser/conference-nav";
import { conferenceHeadingValues } from "@/components/organiser/conference-heading";
import { EraseAttendee } from "@/components/privacy/erase-attendee";
import { Link, redirect } from "@/i18n/navigation";
import { listAttendees } from "@/lib/attendees/list-attendees";
import { currentUser } from "@/lib/auth";
import { badgeOverview } from "@/lib/badges/queries";
import { isAppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format/datetime";
import { canEditSessionOf } from "@/lib/hosts/permissions";
import { registrationFormData } from "@/lib/registrations/form-data";
import { addAttendeeAction, cancelAttendeeAction, promoteAttendeeAction } from "./actions";
import { eraseAttendeeAction } from "./erase-action";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false } };

const param = (value: string | string[] | undefined) => (typeof value === "string" && value ? value : undefined);

export default async function AttendeesPage({ params, searchParams }: PageProps<"/[locale]/organiser/conferences/[id]/attendees">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await currentUser();
  if (!user) return redirect({ href: "/signin", locale });
  const query = await searchParams;
  const q = param(query.q) ?? "";
  const status = query.status === "confirmed" || query.status === "waitlisted" || query.status === "cancelled" ? query.status : undefined;
  const sessionId = param(query.session);
  const hostId = param(query.host);
  const page = Number(param(query.page) ?? 1) || 1;
  const list = await listAttendees({ conferenceId: id, actor: { userId: user.id }, filter: { q, status, sessionId, hostId }, page }).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const t = await getTranslations("organiser.attendees");
  const ts = await getTranslations("registration.status");
  const tp = await getTranslations("privacy.attendee");
  const manage = list.access.level === "manage";
  const form = manage ? await registrationFormData(list.conference.slug, locale) : null;
  const badges = manage ? await badgeOverview({ conferenceId: id, actor: { userId: user.id } }) : null;
  const session = sessionId ? list.conference.sessions.find((s) => s.id === sessionId) : undefined;
  const mayPromoteInSession = session ? canEditSessionOf(list.access, session.hostId) : false;
  const csvQuery = new URLSearchParams({ ...(q ? { q } : {}), ...(status ? { status } : {}), ...(sessionId ? { session: sessionId } : {}), ...(hostId ? { host: hostId } : {}), locale });
  const pageQuery = (n: number) => new URLSearchParams({ ...(q ? { q } : {}), ...(status ? { status } : {}), ...(sessionId ? { session: sessionId } : {}), ...(hostId ? { host: hostId } : {}), page: String(n) }).toString();
  const badge = (s: string) => (s === "confirmed" ? "badge badge--success" : s === "waitlisted" ? "badge badge--warning" : "badge badge--neutral");

  return (
    <div className="container container--wide stack">
      <ConferenceNav conferenceId={id} current="attendees" canManage={manage} canMessage={list.access.level !== "read"} />
      <h1>{t.rich("title", conferenceHeadingValues(list.conference, locale))}</h1>
      <p className="stat-row" data-testid="attendee-counts">
        <span className="stat">
          <strong>{list.counts.confirmed}</strong> {ts("confirmed")}
        </span>
        <span className="stat">
          <strong>{list.counts.waitlisted}</strong> {ts("waitlisted")}
        </span>
        <span className="stat">
          <strong>{list.counts.cancelled}</strong> {ts("cancelled")}
        </span>
        <span className="stat">
          <strong>{list.counts.checkedIn}</strong> {t("checkedIn")}
        </span>
      </p>

      {form && <AddAttendeeForm conferenceId={id} sessions={form.sessions} questions={form.questions} fields={form.fields} action={addAttendeeAction} />}
      {badges && <BadgesSection conferenceId={id} {...badges} lastPrinted={badges.lastPrintedAt && formatDateTime(badges.lastPrintedAt, list.conference.timeZone, locale)} />}

      <form className={`filter-bar card ${styles.filters}`} method="get">
        <div className="field">
          <label htmlFor="filter-q">{t("search")}</label>
          <input id="filter-q" name="q" type="search" defaultValue={q} />
        </div>
        <div className="field">
          <label htmlFor="filter-status">{t("status")}</label>
          <select id="filter-status" name="status" defaultValue={status ?? ""}>
            <option value="">{t("all")}</option>
            <option value="confirmed">{ts("confirmed")}</option>
            <option value="waitlisted">{ts("waitlisted")}</option>
            <option value="cancelled">{ts("cancelled")}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-session">{t("session")}</label>
          <select id="filter-session" name="session" defaultValue={sessionId ?? ""}>
            <option value="">{t("all")}</option>
            {list.conference.sessions.map((s) => (
              <option key={s.id} value={s.id}>
                {t("sessionOption", { title: s.title, ...list.sessionCounts[s.id] })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-host">{t("host")}</label>
          <select id="filter-host" name="host" defaultValue={hostId ?? ""}>
            <option value="">{t("all")}</option>
            {list.conference.hosts.map((h) => (
              <option key={h.hostId} value={h.hostId}>
                {h.host.shortName}
              </option>
            ))}
          </select>
        </div>
        <p className="filter-bar__actions">
          <button className="button" type="submit">
            {t("filter")}
          </button>
          <a className="button button--secondary" href={`/api/organiser/conferences/${id}/attendees.csv?${csvQuery}`} download>
            {t("csv")}
          </a>
          <a className="button button--secondary" href={`/api/organiser/conferences/${id}/attendees.csv?${csvQuery}&technical=1`} download>
            {t("csvTechnical")}
          </a>
        </p>
      </form>

      {session && (
        <section className={`card ${styles.sessionSummary}`} aria-labelledby="session-summary" data-testid="session-summary">
          <h2 id="session-summary">{t("sessionHeading", { title: session.title })}</h2>
          <span className="badge badge--success">{t("sessionSummary", list.sessionCounts[session.id])}</span>
          <span className="muted">{session.capacity === null ? t("seatsOpen") : t("seats", { taken: session.seatsTaken, capacity: session.capacity })}</span>
        </section>
      )}

      <ActionStatus>
        <div className={styles.toolbar}>
          <p className="muted">
            {list.page.count > 1
              ? t("shownOf", { from: (list.page.number - 1) * list.page.size + 1, to: (list.page.number - 1) * list.page.size + list.registrations.length, total: list.page.total })
              : t("shown", { count: list.registrations.length })}
          </p>
          {list.page.count > 1 && (
            <nav aria-label={t("pages")} className="small">
              {list.page.number > 1 && <Link href={`/organiser/conferences/${id}/attendees?${pageQuery(list.page.number - 1)}`}>{t("previousPage")}</Link>}{" "}
              {list.page.number < list.page.count && <Link href={`/organiser/conferences/${id}/attendees?${pageQuery(list.page.number + 1)}`}>{t("nextPage")}</Link>}
            </nav>
          )}
          {manage && list.counts.waitlisted + Object.values(list.sessionCounts).reduce((n, c) => n + c.waitlisted, 0) > 0 && <p className="small muted">{t("waitlistNote")}</p>}
        </div>
        <div className="table-wrap card">
          <table className={`table ${styles.dense} ${styles.stacked}`} data-testid="attendees">
            <thead>
              <tr>
                <th scope="col">{t("name")}</th>
                <th scope="col">{t("organisation")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col">{t("sessions")}</th>
                <th scope="col">{t("checkedIn")}</th>
                <th scope="col" className={styles.actionsCell}>
                  {t("actions")}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.registrations.length === 0 && (
                <tr>
                  <td colSpan={6} className="muted">
                    {t("none")}
                  </td>
                </tr>
              )}
              {list.registrations.map((r) => {
                const entry = session ? r.sessions.find((s) => s.sessionId === session.id) : undefined;
                return (
                  <tr key={r.id} className={r.status === "cancelled" ? styles.cancelled : undefined}>
                    <td data-label={t("name")}>
                      <Link href={`/organiser/conferences/${id}/attendees/${r.id}`}>
                        {r.anonymisedAt ? <em>{tp("anonymised")}</em> : <strong>{r.name}</strong>}
                      </Link>
                      <span className={styles.email}>{r.email}</span>
                    </td>
                    <td data-label={t("organisation")}>{r.organisation}</td>
                    <td data-label={t("status")}>
                      <span className={badge(r.status)}>{ts(r.status)}</span>
                    </td>
                    <td data-label={t("sessions")}>
                      {r.sessions.length > 0 && (
                        <ul className={styles.sessionList}>
                          {r.sessions.map((s) => (
                            <li key={s.sessionId}>
                              {s.session.title}
                              {s.status === "waitlisted" && (
                                <>
                                  {" "}
                                  <span className="badge badge--warning">{ts("waitlisted")}</span>
                                </>
                              )}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td data-label={t("checkedIn")}>
                      {r.checkedInAt && (
                        <>
                          <span aria-hidden="true">✓</span>
                          <span className="visually-hidden">{t("checkedIn")}</span>
                        </>
                      )}
                    </td>
                    <td className={styles.actionsCell} data-label={t("actions")}>
                      <AttendeeRowActions
                        registrationId={r.id}
                        name={r.name}
                        canCancel={manage && r.status !== "cancelled"}
                        canPromote={manage && r.status === "waitlisted"}
                        promoteSession={session && mayPromoteInSession && r.status === "confirmed" && entry?.status === "waitlisted" ? { id: session.id, title: session.title } : null}
                        actions={{ cancel: cancelAttendeeAction, promote: promoteAttendeeAction }}
                      />
                      {manage && !r.anonymisedAt && <EraseAttendee registrationId={r.id} name={r.name} erase={eraseAttendeeAction} />}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </ActionStatus>
    </div>
  );
}
