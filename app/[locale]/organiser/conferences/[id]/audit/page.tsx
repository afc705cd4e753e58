import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import styles from "@/components/organiser/attendees/attendees.module.css";
import { AuditTable } from "@/components/organiser/audit/audit-table";
import { ConferenceNav } from "@/components/organiser/conference-nav";
import { conferenceHeadingValues } from "@/components/organiser/conference-heading";
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
  const log = await listAuditLog({ conferenceId: id, actor: { userId: user.id }, page, entityType, locale }).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const t = await getTranslations("organiser.audit");
  const pageHref = (n: number) => {
    const search = new URLSearchParams({ ...(entityType ? { type: entityType } : {}), ...(n > 1 ? { page: String(n) } : {}) }).toString();
    return `/organiser/conferences/${id}/audit${search ? `?${search}` : ""}`;
  };

  return (
    <div className="container container--wide stack">
      <ConferenceNav conferenceId={id} current="audit" canManage={log.access.level === "manage"} canMessage={log.access.level !== "read"} />
      <h1>{t.rich("title", conferenceHeadingValues(log.conference, locale))}</h1>
      <p className="muted">{t("intro", { timeZone: log.conference.timeZone })}</p>
      <form className={`card ${styles.inlineFilter}`} method="get">
        <div className="field">
          <label htmlFor="audit-type">{t("entityType")}</label>
          <select id="audit-type" name="type" defaultValue={entityType ?? ""}>
            <option value="">{t("all")}</option>
            {log.entityTypes.map((type) => (
              <option key={type.value} value={type.value}>
                {type.label}
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
      <AuditTable entries={log.entries} timeZone={log.conference.timeZone} locale={locale === "en" ? "en" : "de"} />
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
