import { useTranslations } from "next-intl";

export type CheckInSessionRow = { id: string; title: string; label: string; present: number; confirmed: number };

/** Live counts per session door: people seen there and confirmed seats. */
export function CheckInSessions({ sessions, current }: { sessions: CheckInSessionRow[]; current: string }) {
  const t = useTranslations("dayOf.checkIn");
  return (
    <section className="card stack" aria-labelledby="check-in-sessions-heading" data-testid="check-in-sessions">
      <h2 id="check-in-sessions-heading" className="h4">
        {t("perSession")}
      </h2>
      <ul className="plain-list stack">
        {sessions.map((s) => (
          <li key={s.id} aria-current={s.id === current ? "true" : undefined} data-session-id={s.id}>
            <strong>{s.label}</strong>
            <br />
            <span className="small">{t("sessionCounts", { present: s.present, confirmed: s.confirmed })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
