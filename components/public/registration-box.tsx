import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { formatDateTime } from "@/lib/format/datetime";
import { registrationWindow, seatsLeft } from "@/lib/registrations/rules";
import type { PublicConference } from "@/lib/conferences/queries";

/** Where registration stands and the button to it. */
export async function RegistrationBox({ conference: c, locale, now }: { conference: PublicConference; locale: string; now: Date }) {
  const t = await getTranslations("public.conference");
  const window = registrationWindow(c, now);
  if (c.status === "archived" || c.endsAt < now) {
    return <div className="notice">{t("archived")}</div>;
  }
  if (window === "not_yet_open") {
    return <div className="notice">{t("registration.notYetOpen", { date: formatDateTime(c.registrationOpensAt!, c.timeZone, locale) })}</div>;
  }
  if (window === "closed") return <div className="notice notice--warning">{t("registration.closed")}</div>;
  const left = seatsLeft(c.capacity, c.seatsTaken);
  return (
    <div className="registration-box">
      <p className="registration-box__status">
        <span className="badge badge--success">{t("registration.open")}</span>
        {c.registrationClosesAt && <span> {t("registration.openUntil", { date: formatDateTime(c.registrationClosesAt, c.timeZone, locale) })}</span>}
      </p>
      {left === 0 ? <p>{t("registration.full")}</p> : left !== null && left <= 50 ? <p>{t("registration.seatsLeft", { count: left })}</p> : null}
      <p>
        <Link className="button" href={`/conferences/${c.slug}/register`}>
          {left === 0 ? t("registerWaitlist") : t("register")}
        </Link>
      </p>
      <p className="small muted">
        {t("manageHint")} <Link href="/manage-link">{t("lostLink")}</Link>
      </p>
    </div>
  );
}
