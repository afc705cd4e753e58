import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link, redirect } from "@/i18n/navigation";
import { listAttendees } from "@/lib/attendees/list-attendees";
import { currentUser } from "@/lib/auth";
import { isAppError } from "@/lib/errors";
import { notFound } from "next/navigation";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false } };

export default async function AttendeesPage({ params, searchParams }: PageProps<"/[locale]/organiser/conferences/[id]/attendees">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await currentUser();
  if (!user) return redirect({ href: "/signin", locale });
  const query = await searchParams;
  const q = typeof query.q === "string" ? query.q : "";
  const status = query.status === "confirmed" || query.status === "waitlisted" || query.status === "cancelled" ? query.status : undefined;
  const sessionId = typeof query.session === "string" && query.session ? query.session : undefined;
  const list = await listAttendees({ conferenceId: id, actor: { userId: user.id }, filter: { q, status, sessionId } }).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const t = await getTranslations("organiser.attendees");
  const ts = await getTranslations("registration.status");
  const csvQuery = new URLSearchParams({ ...(q ? { q } : {}), ...(status ? { status } : {}), ...(sessionId ? { session: sessionId } : {}), locale });
  return (
    <div className="container stack">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/organiser">← {t("back")}</Link>
      </nav>
      <h1>{t("title", { conference: list.conference.title })}</h1>
      <p className="stat-row">
        <span className="stat"><strong>{list.counts.confirmed}</strong> {ts("confirmed")}</span>
        <span className="stat"><strong>{list.counts.waitlisted}</strong> {ts("waitlisted")}</span>
        <span className="stat"><strong>{list.counts.cancelled}</strong> {ts("cancelled")}</span>
        <span className="stat"><strong>{list.counts.checkedIn}</strong> {t("checkedIn")}</span>
      </p>
      <form className="filter-bar card" method="get">
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
                {s.title}
              </option>
            ))}
          </select>
        </div>
        <p className="filter-bar__actions">
          <button className="button" type="submit">{t("filter")}</button>{" "}
          <a className="button button--secondary" href={`/api/organiser/conferences/${id}/attendees.csv?${csvQuery}`} download>
            {t("csv")}
          </a>{" "}
          {list.access.level === "manage" && (
            <Link className="button button--secondary" href={`/organiser/conferences/${id}/check-in`}>
              {t("checkIn")}
            </Link>
          )}
        </p>
      </form>
      <p className="muted">{t("shown", { count: list.registrations.length })}</p>
      <div className="table-wrap card">
        <table className="table" data-testid="attendees">
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("organisation")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("sessions")}</th>
              <th scope="col">{t("checkedIn")}</th>
            </tr>
          </thead>
          <tbody>
            {list.registrations.map((r) => (
              <tr key={r.id}>
                <td>
                  <strong>{r.name}</strong>
                  <br />
                  <span className="small muted">{r.email}</span>
                </td>
                <td>{r.organisation}</td>
                <td>
                  <span className={r.status === "confirmed" ? "badge badge--success" : r.status === "waitlisted" ? "badge badge--warning" : "badge badge--neutral"}>{ts(r.status)}</span>
                </td>
                <td className="small">{r.sessions.map((s) => s.session.title + (s.status === "waitlisted" ? ` (${ts("waitlisted")})` : "")).join("; ")}</td>
                <td>{r.checkedInAt ? "✓" : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
