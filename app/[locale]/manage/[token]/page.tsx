import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ResetFeedLink, RevokeOtherLinks } from "@/components/registration/link-controls";
import { CancelRegistration, ManageSessions } from "@/components/registration/manage-actions";
import { MyData } from "@/components/privacy/my-data";
import { ManageDetails } from "@/components/registration/manage-details";
import { SessionFeedbackSection } from "@/components/registration/session-feedback-section";
import { Link } from "@/i18n/navigation";
import { formatDayShort, formatTimeRange } from "@/lib/format/datetime";
import { registrationFormData } from "@/lib/registrations/form-data";
import { findRegistrationByToken, registrationView } from "@/lib/registrations/queries";
import { registrationWindow } from "@/lib/registrations/rules";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { robots: { index: false }, referrer: "no-referrer" };

export default async function ManagePage({ params }: PageProps<"/[locale]/manage/[token]">) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("registration");
  const tp = await getTranslations("privacy.myData");
  const tl = await getTranslations("links");
  const registration = await findRegistrationByToken(token);
  if (!registration) {
    return (
      <div className="container narrow stack">
        <h1>{t("manage.title")}</h1>
        <div className="notice notice--warning">{t("manage.notFound")}</div>
        <p>
          <Link className="button" href="/manage-link">
            {t("lostLink.title")}
          </Link>
        </p>
      </div>
    );
  }
  const view = await registrationView(registration);
  const c = registration.conference;
  const form = await registrationFormData(c.slug, locale);
  const open = registrationWindow(c, new Date()) === "open";
  const statusBadge =
    view.status === "confirmed" ? "badge badge--success" : view.status === "waitlisted" ? "badge badge--warning" : "badge badge--danger";
  return (
    <div className="container narrow-wide stack">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href={`/conferences/${c.slug}`}>← {c.title}</Link>
      </nav>
      <h1>{t("manage.title")}</h1>
      <p className="lead">{t("manage.for", { conference: c.title })}</p>

      <section className="card stack" aria-labelledby="status-heading">
        <h2 id="status-heading" className="h3">
          {t("manage.statusLabel")}: <span className={statusBadge}>{t(`status.${view.status}`)}</span>
        </h2>
        {view.status === "waitlisted" && <p>{t("status.position", { position: view.waitlistPosition ?? 0 })}</p>}
        {view.status === "cancelled" && <p>{t("manage.cancelledState")}</p>}
        {view.checkInCode && (
          <p>
            {t("manage.checkInCode")}: <span className="check-in-code">{view.checkInCode}</span>
          </p>
        )}
        <dl className="facts facts--stacked">
          <div>
            <dt>{t("form.name")}</dt>
            <dd>{view.name}</dd>
          </div>
          <div>
            <dt>{t("form.email")}</dt>
            <dd>{view.email}</dd>
          </div>
          {view.organisation && (
            <div>
              <dt>{t("form.organisation")}</dt>
              <dd>{view.organisation}</dd>
            </div>
          )}
        </dl>
      </section>

      <SessionFeedbackSection token={token} />

      {view.status !== "cancelled" && (
        <>
          <section className="card stack" aria-labelledby="agenda-heading">
            <h2 id="agenda-heading" className="h3">
              {t("manage.agenda")}
            </h2>
            {view.sessions.length === 0 ? (
              <p className="muted">{t("manage.noSessions")}</p>
            ) : (
              <ul className="agenda-list" data-testid="agenda">
                {view.sessions.map((s) => (
                  <li key={s.id}>
                    <span className="agenda-list__time">
                      {formatDayShort(s.startsAt, c.timeZone, locale)}, {formatTimeRange(s.startsAt, s.endsAt, c.timeZone, locale)}
                    </span>{" "}
                    <strong>{s.title}</strong> {s.room && <span className="muted">({s.room})</span>}{" "}
                    <span className={s.status === "confirmed" ? "badge badge--success" : "badge badge--warning"}>
                      {s.status === "confirmed" ? t("status.confirmed") : t("status.position", { position: s.waitlistPosition ?? 0 })}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <h3 className="h4">{t("manage.calendar")}</h3>
            <p className="small muted">{t("manage.calendarHint")}</p>
            {/* The subscription address has its own read-only token, emailed; the manage token never goes into a calendar. */}
            <ResetFeedLink token={token} />
          </section>

          {open && form && (
            <section className="card stack" aria-labelledby="change-heading">
              <h2 id="change-heading" className="h3">
                {t("manage.change")}
              </h2>
              <p className="muted">{t("manage.changeHint")}</p>
              <ManageSessions token={token} sessions={form.sessions} current={view.sessions.map((s) => s.id)} />
            </section>
          )}

          {form && (
            <section className="card stack" aria-labelledby="details-heading">
              <h2 id="details-heading" className="h3">
                {t("manage.details")}
              </h2>
              <ManageDetails
                token={token}
                questions={form.questions}
                details={{
                  name: view.name,
                  organisation: view.organisation,
                  jobTitle: view.jobTitle,
                  accessibilityNeeds: view.accessibilityNeeds,
                  dietaryRequirements: view.dietaryRequirements,
                  answers: view.answers,
                }}
              />
            </section>
          )}

          <section className="card stack" aria-labelledby="links-heading">
            <h2 id="links-heading" className="h3">
              {tl("manageLinks")}
            </h2>
            <RevokeOtherLinks token={token} />
          </section>

          <section className="card stack" aria-labelledby="cancel-heading">
            <h2 id="cancel-heading" className="h3">
              {t("manage.cancel")}
            </h2>
            <CancelRegistration token={token} />
          </section>
        </>
      )}

      <section className="card stack" aria-labelledby="my-data-heading">
        <h2 id="my-data-heading" className="h3">
          {tp("title")}
        </h2>
        <MyData token={token} />
      </section>
    </div>
  );
}
