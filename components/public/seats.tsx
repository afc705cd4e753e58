import { useTranslations } from "next-intl";
import { seatsLeft } from "@/lib/registrations/rules";

/** "3 Plätze frei" / "Ausgebucht – Warteliste"; nothing for unlimited sessions. Server or client. */
export function SeatsBadge({ capacity, seatsTaken, cancelled = false, past = false }: { capacity: number | null; seatsTaken: number; cancelled?: boolean; past?: boolean }) {
  const t = useTranslations("public.session");
  if (cancelled) return <span className="badge badge--danger">{t("cancelled")}</span>;
  const left = seatsLeft(capacity, seatsTaken);
  // Seats of a conference that is over are no longer news.
  if (left === null || past) return null;
  if (left === 0) return <span className="badge badge--warning">{t("full")}</span>;
  return <span className={left <= 5 ? "badge badge--warning" : "badge badge--success"}>{t("seatsLeft", { count: left })}</span>;
}
