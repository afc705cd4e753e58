import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Fragment, type ReactNode } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import styles from "@/components/organiser/attendees/attendees.module.css";
import { EditAttendeeForm } from "@/components/organiser/attendees/edit-attendee-form";
import { ResendLinkButton } from "@/components/organiser/attendees/resend-link-button";
import { DataTable, TableSection } from "@/components/data-table";
import { AuditTable } from "@/components/organiser/audit/audit-table";
import { ConferenceNav } from "@/components/organiser/conference-nav";
import { Link, redirect } from "@/i18n/navigation";
import { attendeeDetail } from "@/lib/attendees/attendee-detail";
import { formatAuditTime } from "@/lib/audit/format";
import { currentUser } from "@/lib/auth";
import { isAppError } from "@/lib/errors";
import { formatDayShort, formatTimeRange } from "@/lib/format/datetime";
import { resendManageLinkAction, updateAttendeeAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false } };

export default async function AttendeePage({ params }: PageProps<"/[locale]/organiser/conferences/[id]/attendees/[registrationId]">) {
  const { locale: pageLocale, id, registrationId } = await params;
  setRequestLocale(pageLocale);
  const locale = pageLocale === "en" ? "en" : "de";
  const user = await currentUser();
  if (!user) return redirect({ href: "/signin", locale });
  const detail = await attendeeDetail({ conferenceId: id, registrationId, actor: { userId: user.id }, locale }).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const t = await getTranslations("organiser.attendee");
  const ts = await getTranslations("registration.status");
  const tk = await getTranslations("organiser.overview.kinds");
  const ta = await getTranslations("organiser.audit.values");
  const { registration: r, conference } = detail;
  const zone = conference.timeZone;
  const when = (date: Date | null) => (date ? formatAuditTime(date, zone, locale) : t("none"));
  const badge = (s: string) => (s === "confirmed" ? "badge badge--success" : s === "waitlisted" ? "badge badge--warning" : "badge badge--neutral");
  const answerText = (answer: string | string[] | boolean) => (typeof answer === "boolean" ? t(answer ? "yes" : "no") : Array.isArray(answer) ? answer.join(", ") : answer);
  const row = (label: string, value: ReactNode) => (
    <>
      <dt>{label}</dt>
      <dd>{value === null || value === "" ? t("none") : value}</dd>
    </>
  );

  return (
    <div className="container container--wide stack">
      <ConferenceNav conferenceId={id} current="attendees" canManage={detail.access.level === "manage"} canMessage={detail.access.level !== "read"} />
      <p>
        <Link href={`/organiser/conferences/${id}/attendees`}>{t("back")}</Link>
      </p>
      <h1>
        {r.anonymisedAt ? t("anonymised") : r.name} <span className={badge(r.status)}>{ts(r.status)}</span>
      </h1>
      <p className={r.checkedInAt ? "notice notice--success" : "notice"} data-testid="attendee-entrance">
        {r.checkedInAt ? t("entrance", { at: r.checkedInBy ? t("checkedInBy", { at: when(r.checkedInAt), by: r.checkedInBy }) : when(r.checkedInAt) }) : t("entranceNotYet")}
      </p>
      {r.waitlistPosition && <p className="notice">{t("waitlistPosition", { position: r.waitlistPosition })}</p>}
      {!detail.canEdit && detail.access.level !== "manage" && <p className="muted">{t("readOnly")}</p>}

      <div className={styles.twoColumns}>
        <section className="card stack" aria-labelledby="attendee-details">
          <h2 id="attendee-details" className={styles.sectionTitle}>
            {t("details")}
          </h2>
          <dl className={styles.detailGrid} data-testid="attendee-fields">
            {row(t("email"), r.email)}
            {row(t("organisation"), r.organisation)}
            {row(t("jobTitle"), r.jobTitle)}
            {row(t("accessibilityNeeds"), r.accessibilityNeeds)}
            {row(t("dietaryRequirements"), r.dietaryRequirements)}
            {row(t("locale"), ta(`language.${r.locale}`))}
            {row(t("registeredAt"), when(r.createdAt))}
            {r.confirmedAt && row(t("confirmedAt"), when(r.confirmedAt))}
            {r.cancelledAt && row(t("cancelledAt"), when(r.cancelledAt))}
            {row(t("source"), t.has(`sources.${r.source}`) ? t(`sources.${r.source}`) : r.source)}
            {row(t("consent"), t("consentValue", { at: when(r.consentAt), version: r.consentVersion }))}
            {r.broadcastOptOutAt && row(t("optOut"), when(r.broadcastOptOutAt))}
          </dl>
        </section>
        <div className="stack">
          <section className="card stack" aria-labelledby="attendee-check-in">
            <h2 id="attendee-check-in" className={styles.sectionTitle}>
              {t("checkIn")}
            </h2>
            <dl className={styles.detailGrid} data-testid="attendee-check-in">
              {row(t("checkInCode"), <code className={styles.code}>{r.checkInCode}</code>)}
            </dl>
          </section>
          <section className="card stack" aria-labelledby="attendee-answers">
            <h2 id="attendee-answers" className={styles.sectionTitle}>
              {t("answers")}
            </h2>
            {detail.answers.length === 0 ? (
              <p className="muted">{t("noAnswers")}</p>
            ) : (
              <dl className={styles.answerList} data-testid="attendee-answers">
                {detail.answers.map((a) => (
                  <Fragment key={a.key}>{row(a.archived ? `${a.question} ${t("archivedQuestion")}` : a.question, answerText(a.answer))}</Fragment>
                ))}
              </dl>
            )}
          </section>
        </div>
      </div>

      <TableSection id="attendee-sessions" title={t("sessions")} titleClassName={styles.sectionTitle}>
        <DataTable
          testId="attendee-sessions"
          wrapClassName="table-wrap card"
          className={`table ${styles.dense} ${styles.stacked}`}
          columns={[t("session"), t("when"), t("room"), t("status"), t("doorCheckIn")]}
          rows={detail.sessions}
          empty={<p className="muted">{t("noSessions")}</p>}
          row={(s) => (
            <tr key={s.id} className={s.status === "cancelled" ? styles.cancelled : undefined}>
              <td data-label={t("session")}>
                {s.title}
                {s.sessionCancelled && <span className="small muted"> ({t("sessionCancelled")})</span>}
              </td>
              <td data-label={t("when")} className={styles.nowrap}>
                {formatDayShort(s.startsAt, zone, locale)}, {formatTimeRange(s.startsAt, s.endsAt, zone, locale)}
              </td>
              <td data-label={t("room")}>{s.room ?? t("none")}</td>
              <td data-label={t("status")}>
                <span className={badge(s.status)}>{s.status === "walkIn" ? t("walkIn") : ts(s.status)}</span>
                {s.waitlistPosition && <span className="small"> {t("waitlistPosition", { position: s.waitlistPosition })}</span>}
              </td>
              <td data-label={t("doorCheckIn")} className={styles.nowrap}>
                {s.checkedInAt ? when(s.checkedInAt) : t("none")}
              </td>
            </tr>
          )}
        />
      </TableSection>

      {detail.canEdit && (
        <div className={styles.twoColumns}>
          <EditAttendeeForm
            conferenceId={id}
            registrationId={r.id}
            initial={{ name: r.name, organisation: r.organisation, jobTitle: r.jobTitle, accessibilityNeeds: r.accessibilityNeeds, dietaryRequirements: r.dietaryRequirements, locale: r.locale }}
            answers={r.storedAnswers as Record<string, string | string[] | boolean>}
            fields={detail.fields}
            questions={detail.questions.map((q) => ({
              key: q.key,
              label: locale === "en" ? (q.labelEn ?? q.label) : q.label,
              help: null,
              type: q.type,
              required: q.required,
              options: (Array.isArray(q.options) ? (q.options as { value: string; label: string; labelEn?: string }[]) : []).map((o) => ({ value: o.value, label: locale === "en" ? (o.labelEn ?? o.label) : o.label })),
            }))}
            action={updateAttendeeAction}
          />
          <section className="card stack" aria-labelledby="attendee-resend">
            <h2 id="attendee-resend" className={styles.sectionTitle}>
              {t("resend.title")}
            </h2>
            <p className="muted">{t("resend.intro", { email: r.email })}</p>
            <ResendLinkButton conferenceId={id} registrationId={r.id} action={resendManageLinkAction} />
          </section>
        </div>
      )}

      <TableSection id="attendee-emails" title={t("emails")} titleClassName={styles.sectionTitle}>
        <DataTable
          testId="attendee-emails"
          wrapClassName="table-wrap card"
          className={`table ${styles.dense} ${styles.stacked}`}
          columns={[t("emailCreated"), t("emailKind"), t("emailSubject"), t("emailStatus"), t("emailSent")]}
          rows={detail.emails}
          empty={<p className="muted">{t("noEmails")}</p>}
          row={(e) => (
            <tr key={e.id}>
              <td data-label={t("emailCreated")} className={styles.nowrap}>
                {when(e.createdAt)}
              </td>
              <td data-label={t("emailKind")}>{tk.has(e.kind) ? tk(e.kind) : e.kind}</td>
              <td data-label={t("emailSubject")}>{e.subject ?? t("none")}</td>
              <td data-label={t("emailStatus")}>
                <span className={e.status === "sent" ? "badge badge--success" : e.status === "failed" ? "badge badge--danger" : "badge badge--neutral"}>{ta.has(`status.EmailOutbox.${e.status}`) ? ta(`status.EmailOutbox.${e.status}`) : e.status}</span>
              </td>
              <td data-label={t("emailSent")} className={styles.nowrap}>
                {e.sentAt ? when(e.sentAt) : t("none")}
              </td>
            </tr>
          )}
        />
      </TableSection>

      <section className="stack" aria-labelledby="attendee-history">
        <h2 id="attendee-history" className={styles.sectionTitle}>
          {t("history")}
        </h2>
        <AuditTable entries={detail.history} timeZone={zone} locale={locale} showEntity={false} testId="attendee-history" />
      </section>
    </div>
  );
}
