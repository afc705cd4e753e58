import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CertificateSettings } from "@/components/certificates/certificate-settings";
import { ConferenceNav } from "@/components/organiser/conference-nav";
import { conferenceHeadingValues } from "@/components/organiser/conference-heading";
import { FormFieldsSettings } from "@/components/organiser/settings/form-fields-settings";
import { HostsSection } from "@/components/organiser/settings/hosts-section";
import { QuestionsSection } from "@/components/organiser/settings/questions-section";
import { SettingsDetails } from "@/components/organiser/settings/settings-details";
import { StatusSection } from "@/components/organiser/settings/status-section";
import { ConferencePrivacySection } from "@/components/privacy/conference-privacy-section";
import { Link, redirect } from "@/i18n/navigation";
import { currentUser } from "@/lib/auth";
import { certificateSettings } from "@/lib/certificates/queries";
import { loadConferenceSettings } from "@/lib/conferences/load-settings";
import { timeZoneChoices } from "@/lib/conferences/time-zones";
import { isAppError } from "@/lib/errors";
import { formatDayLong } from "@/lib/format/datetime";
import { conferencePrivacySettings } from "@/lib/privacy/queries";
import {
  addHostAction,
  addQuestionAction,
  archiveQuestionAction,
  moveQuestionAction,
  removeHostAction,
  restoreQuestionAction,
  setHostRoleAction,
  setStatusAction,
  updateDetailsAction,
  updateQuestionAction,
} from "./actions";
import { issueCertificateAction, updateCertificateSettingsAction } from "./certificates-action";
import { updateFormFieldsAction } from "./form-fields-action";
import { updateConferencePrivacyAction } from "./privacy-action";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false } };

export default async function SettingsPage({ params, searchParams }: PageProps<"/[locale]/organiser/conferences/[id]/settings">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await currentUser();
  if (!user) return redirect({ href: "/signin", locale });
  const query = await searchParams;
  const t = await getTranslations("settings");
  const settings = await loadConferenceSettings({ conferenceId: id, actor: { userId: user.id } }).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    if (isAppError(error) && error.code === "forbidden") return null;
    throw error;
  });

  if (!settings) {
    return (
      <div className="container stack">
        <ConferenceNav conferenceId={id} current="settings" canManage={false} />
        <h1>{t("heading")}</h1>
        <div className="notice notice--warning" role="alert">
          <p>{t("forbidden")}</p>
          <p>
            <Link href={`/organiser/conferences/${id}/timetable`}>{t("toTimetable")}</Link>
          </p>
        </div>
      </div>
    );
  }

  const c = settings.conference;
  const privacy = await conferencePrivacySettings({ conferenceId: id, actor: { userId: user.id } });
  const certificates = await certificateSettings({ conferenceId: id, actor: { userId: user.id } });
  return (
    <div className="container stack">
      <ConferenceNav conferenceId={id} current="settings" canManage />
      <h1>{t.rich("title", conferenceHeadingValues(c, locale))}</h1>
      {/* The welcome after creating says "draft"; once published it would be stale. */}
      {query.created === "1" && c.status === "draft" && (
        <p className="notice notice--success" role="status">
          {t("created")}
        </p>
      )}
      <StatusSection conferenceId={id} slug={c.slug} status={c.status} registrations={settings.registrations} action={setStatusAction} />
      <SettingsDetails conferenceId={id} initial={settings.details} timeZones={timeZoneChoices()} confirmed={c.seatsTaken} action={updateDetailsAction} />
      <HostsSection conferenceId={id} hosts={settings.hosts} available={settings.availableHosts} actions={{ add: addHostAction, setRole: setHostRoleAction, remove: removeHostAction }} />
      <QuestionsSection
        conferenceId={id}
        questions={settings.questions}
        actions={{ add: addQuestionAction, update: updateQuestionAction, move: moveQuestionAction, archive: archiveQuestionAction, restore: restoreQuestionAction }}
        builtInFields={<FormFieldsSettings conferenceId={id} fields={settings.formFields} action={updateFormFieldsAction} />}
      />
      <ConferencePrivacySection
        conferenceId={id}
        retentionMonths={privacy.retentionMonths}
        privacyText={privacy.privacyText}
        anonymisedOn={privacy.anonymisedAt ? formatDayLong(privacy.anonymisedAt, privacy.timeZone, locale) : null}
        action={updateConferencePrivacyAction}
      />
      <CertificateSettings
        conferenceId={id}
        enabled={certificates.certificatesEnabled}
        signatory={certificates.certificateSignatory}
        issued={certificates.issued}
        candidates={certificates.candidates}
        actions={{ save: updateCertificateSettingsAction, issue: issueCertificateAction }}
      />
    </div>
  );
}
