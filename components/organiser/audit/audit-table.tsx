import { getTranslations } from "next-intl/server";
import styles from "@/components/organiser/attendees/attendees.module.css";
import type { AuditEntry } from "@/lib/audit/list-audit-log";
import { formatAuditTime } from "@/lib/audit/format";

/**
 * Change-log rows in human terms (the entries come formatted from lib/audit): when in the
 * conference's zone, who, what, about what, and each changed field as "label: before → after".
 * One card per row on a phone.
 */
export async function AuditTable({ entries, timeZone, locale, showEntity = true, testId = "audit-log" }: { entries: AuditEntry[]; timeZone: string; locale: "de" | "en"; showEntity?: boolean; testId?: string }) {
  const t = await getTranslations("organiser.audit");
  const columns = showEntity ? 5 : 4;
  return (
    <div className="table-wrap card">
      <table className={`table ${styles.dense} ${styles.stacked}`} data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{t("when")}</th>
            <th scope="col">{t("who")}</th>
            <th scope="col">{t("action")}</th>
            {showEntity && <th scope="col">{t("entity")}</th>}
            <th scope="col">{t("changes")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.length === 0 && (
            <tr>
              <td colSpan={columns} className="muted">
                {t("none")}
              </td>
            </tr>
          )}
          {entries.map((e) => (
            <tr key={e.id}>
              <td className={styles.nowrap} data-label={t("when")}>
                {formatAuditTime(e.at, timeZone, locale)}
              </td>
              <td data-label={t("who")}>{e.actor.kind === "user" ? e.actor.email : e.actor.kind === "apiToken" ? t("apiToken", { name: e.actor.name }) : t(e.actor.kind)}</td>
              <td data-label={t("action")}>{e.actionLabel}</td>
              {showEntity && (
                <td data-label={t("entity")}>
                  <span className="small muted">{e.entityTypeLabel}</span>
                  <br />
                  {e.entityName ?? <span className="muted">{t("unnamed")}</span>}
                </td>
              )}
              <td data-label={t("changes")}>
                {e.changes.length > 0 && (
                  <ul className={styles.changes}>
                    {e.changes.map((c) => (
                      <li key={c.field}>
                        <span className={styles.field}>{c.label}</span>:{" "}
                        {c.before !== null && c.after !== null ? (
                          <>
                            <span className={styles.old}>{c.before}</span> → <span className={styles.new}>{c.after}</span>
                          </>
                        ) : (
                          <span>{c.after ?? c.before}</span>
                        )}
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
  );
}
