import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import styles from "@/components/organiser/attendees/attendees.module.css";
import { ConferenceNav } from "@/components/organiser/conference-nav";
import { Link, redirect } from "@/i18n/navigation";
import { listAuditLog } from "@/lib/audit/list-audit-log";
import { currentUser } from "@/lib/auth";
import { isAppError } from "@/lib/errors";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false } };

export default async function AuditPage({ params, searchParams }: PageProps<"/[locale]/organiser/conferences/[id]/audit">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await currentUser();
  if (!user) return redirect({ href: "/signin", locale });
  const query = await searchParams;
  const entityType = typeof query.type === "string" && /^[A-Za-z]{1,40}$/.test(query.type) ? query.type : undefined;
  const page = typeof query.page === "string" && /^\d{1,6}$/.test(query.page) ? Number(query.page) : 1;
  const log = await listAuditLog({ conferenceId: id, actor: { userId: user.id }, page, entityType }).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const t = await getTranslations("organiser.audit");
  const typeLabel = (type: string) => (t.has(`entityTypes.${type}`) ? t(`entityTypes.${type}`) : type);
  // Action names contain dots, which next-intl reads as nesting; the message keys use "_" instead.
  const actionLabel = (action: string) => {
    const key = `actions.${action.replace(/\./g, "_")}`;
    return t.has(key) ? t(key) : action;
  };
  // Short date with seconds: rows of one minute stay distinguishable and the column stays narrow.
  const when = new Intl.DateTimeFormat(locale, { timeZone: log.conference.timeZone, dateStyle: "medium", timeStyle: "medium" });
  const pageHref = (n: number) => {
    const search = new URLSearchParams({ ...(entityType ? { type: entityType } : {}), ...(n > 1 ? { page: String(n) } : {}) }).toString();
    return `/organiser/conferences/${id}/audit${search ? `?${search}` : ""}`;
  };

  return (
    <div className="container container--wide stack">
      <ConferenceNav conferenceId={id} current="audit" canManage={log.access.level === "manage"} canMessage={log.access.level !== "read"} />
      <h1>{t("title", { conference: log.conference.title })}</h1>
      <p className="muted">{t("intro", { timeZone: log.conference.timeZone })}</p>
      <form className={`card ${styles.inlineFilter}`} method="get">
        <div className="field">
          <label htmlFor="audit-type">{t("entityType")}</label>
          <select id="audit-type" name="type" defaultValue={entityType ?? ""}>
            <option value="">{t("all")}</option>
            {log.entityTypes.map((type) => (
              <option key={type} value={type}>
                {typeLabel(type)}
              </option>
            ))}
          </select>
        </div>
        <p>
          <button className="button" type="submit">
            {t("filter")}
          </button>
        </p>
      </form>
      <p className="muted">
        {t("total", { count: log.total })} · {t("page", { page: log.page, pages: log.pageCount })}
      </p>
      <div className="table-wrap card">
        <table className={`table ${styles.dense}`} data-testid="audit-log">
          <thead>
            <tr>
              <th scope="col">{t("when")}</th>
              <th scope="col">{t("who")}</th>
              <th scope="col">{t("action")}</th>
              <th scope="col">{t("entity")}</th>
              <th scope="col">{t("changes")}</th>
            </tr>
          </thead>
          <tbody>
            {log.entries.length === 0 && (
              <tr>
                <td colSpan={5} className="muted">
                  {t("none")}
                </td>
              </tr>
            )}
            {log.entries.map((e) => (
              <tr key={e.id}>
                <td className={styles.nowrap}>{when.format(e.at)}</td>
                <td>{e.actor.kind === "user" ? e.actor.email : e.actor.kind === "apiToken" ? t("apiToken", { name: e.actor.name }) : t(e.actor.kind)}</td>
                <td>{actionLabel(e.action)}</td>
                <td>
                  <span className="small muted">{typeLabel(e.entityType)}</span>
                  <br />
                  {e.entityName ?? <code className={styles.code}>{e.entityId}</code>}
                </td>
                <td>
                  {e.changes.length > 0 && (
                    <ul className={styles.changes}>
                      {e.changes.map((c) => (
                        <li key={c.field}>
                          <span className={styles.field}>{c.field}</span>:{" "}
                          {c.before !== null && (
                            <>
                              <code className={styles.old}>{c.before}</code> →{" "}
                            </>
                          )}
                          {c.after !== null ? <code className={styles.new}>{c.after}</code> : "–"}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {log.pageCount > 1 && (
        <nav aria-label={t("pagination")}>
          <p className={styles.pager}>
            {log.page > 1 && <Link href={pageHref(log.page - 1)}>{t("previous")}</Link>}
            <span>{t("page", { page: log.page, pages: log.pageCount })}</span>
            {log.page < log.pageCount && <Link href={pageHref(log.page + 1)}>{t("next")}</Link>}
          </p>
        </nav>
      )}
    </div>
  );
}
