import { useTranslations } from "next-intl";

/** "3 Plätze frei" / "Ausgebucht – Warteliste"; nothing for unlimited sessions (`left` null). Server or client. */
export function SeatsBadge({ left, cancelled = false, past = false }: { left: number | null; cancelled?: boolean; past?: boolean }) {
  const t = useTranslations("public.session");
  if (cancelled) return <span className="badge badge--danger">{t("cancelled")}</span>;
  // Seats of a conference that is over are no longer news.
  if (left === null || past) return null;
  if (left === 0) return <span className="badge badge--warning">{t("full")}</span>;
  return <span className={left <= 5 ? "badge badge--warning" : "badge badge--success"}>{t("seatsLeft", { count: left })}</span>;
}
