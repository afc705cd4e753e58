import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { formatDateTime } from "@/lib/format/datetime";
import type { PublicRegistrationState } from "@/lib/conferences/public-status";

type Props = { slug: string; timeZone: string; locale: string; registration: PublicRegistrationState };

/**
 * The register button, worded for a waiting list when the conference is full; nothing when
 * registration is not possible. From a session's page it opens the form with that session ticked.
 */
export async function RegisterButton({ slug, registration, sessionId, className = "button" }: { slug: string; registration: PublicRegistrationState; sessionId?: string; className?: string }) {
  if (registration.state !== "open" && registration.state !== "full") return null;
  const t = await getTranslations("public.conference");
  const pathname = `/conferences/${slug}/register`;
  return (
    <Link className={className} href={sessionId ? { pathname, query: { session: sessionId } } : pathname}>
      {registration.state === "full" ? t("registerWaitlist") : t("register")}
    </Link>
  );
}

/** Where registration stands (open until …, not yet open, closed, full → waiting list, past) and the way in. */
export async function RegistrationBox({ slug, timeZone, locale, registration: r }: Props) {
  const t = await getTranslations("public.conference");
  const date = (d: Date) => formatDateTime(d, timeZone, locale);
  let status: React.ReactNode;
  switch (r.state) {
    case "past":
      return <p className="notice">{t("archived")}</p>;
    case "not_yet_open":
      return <p className="notice">{r.opensAt ? t("registration.notYetOpen", { date: date(r.opensAt) }) : t("registration.notYetOpenUndated")}</p>;
    case "closed":
      return <p className="notice notice--warning">{t("registration.closed")}</p>;
    case "full":
      status = (
        <>
          <p className="registration-box__status">
            <span className="badge badge--warning">{t("registration.fullBadge")}</span>
          </p>
          <p>{t("registration.full")}</p>
        </>
      );
      break;
    case "open":
      status = (
        <>
          <p className="registration-box__status">
            <span className="badge badge--success">{t("registration.open")}</span>
          </p>
          {r.closesAt && <p>{t("registration.openUntil", { date: date(r.closesAt) })}</p>}
          {r.seatsLeft !== null && r.seatsLeft <= 50 && <p>{t("registration.seatsLeft", { count: r.seatsLeft })}</p>}
        </>
      );
      break;
  }
  return (
    <div className="registration-box">
      <h2 className="h3">{t("registration.title")}</h2>
      {status}
      <p>
        <RegisterButton slug={slug} registration={r} className="button button--block" />
      </p>
      <p className="small muted">
        {t("manageHint")} <Link href="/manage-link">{t("lostLink")}</Link>
      </p>
    </div>
  );
}
