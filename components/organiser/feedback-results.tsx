import { useTranslations } from "next-intl";
import styles from "./feedback-results.module.css";

export type FeedbackResultRow = {
  id: string;
  title: string;
  when: string;
  hostName: string;
  count: number;
  /** Formatted in the reader's language, one decimal. */
  average: string | null;
  distribution: [number, number, number, number, number];
  comments: string[];
};

/** Per session: how many rated it, the average, a bar per star, and the comments — never names. */
export function FeedbackResults({ sessions }: { sessions: FeedbackResultRow[] }) {
  const t = useTranslations("dayOf.results");
  if (!sessions.length) return <p className="notice">{t("noSessions")}</p>;
  return (
    <div className="stack">
      {sessions.map((s) => {
        const most = Math.max(1, ...s.distribution);
        return (
          <section key={s.id} className="card stack" aria-labelledby={`fb-${s.id}`} data-testid="feedback-result" data-session-id={s.id}>
            <h2 id={`fb-${s.id}`} className="h3">
              {s.title}
            </h2>
            <p className="small muted">
              {s.when} · {s.hostName}
            </p>
            {s.count === 0 ? (
              <p className="muted">{t("noRatings")}</p>
            ) : (
              <>
                <p>
                  <strong>{t("average", { average: s.average ?? "" })}</strong> · {t("count", { count: s.count })}
                </p>
                <table className={styles.bars}>
                  <caption className="visually-hidden">{t("distribution", { title: s.title })}</caption>
                  <thead className="visually-hidden">
                    <tr>
                      <th scope="col">{t("stars")}</th>
                      <th scope="col">{t("ratings")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {[5, 4, 3, 2, 1].map((star) => {
                      const n = s.distribution[star - 1];
                      return (
                        <tr key={star}>
                          <th scope="row">{t("starLabel", { count: star })}</th>
                          <td>
                            <span className={styles.bar} style={{ width: `${(n / most) * 100}%` }} aria-hidden="true" />
                            <span className={styles.value}>{n}</span>
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </>
            )}
            {s.comments.length > 0 && (
              <>
                <h3 className="h4">{t("comments", { count: s.comments.length })}</h3>
                <ul className={styles.comments}>
                  {s.comments.map((c, i) => (
                    <li key={i}>{c}</li>
                  ))}
                </ul>
              </>
            )}
          </section>
        );
      })}
    </div>
  );
}
