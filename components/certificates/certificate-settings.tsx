"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action";
import type { IssueCertificateResult } from "@/lib/certificates/issue-certificate";
import { formatHours } from "@/lib/certificates/format-hours";
import type { CertificateSettingsInput, IssueCertificateInput } from "@/lib/certificates/schema";
import { SectionNotice, useFailureText, type Notice } from "../organiser/section-notice";

type Props = {
  conferenceId: string;
  enabled: boolean;
  signatory: string | null;
  issued: number;
  candidates: { id: string; name: string; organisation: string | null }[];
  actions: {
    save: (input: CertificateSettingsInput) => Promise<ActionResult<{ changed: number }>>;
    issue: (input: IssueCertificateInput) => Promise<ActionResult<IssueCertificateResult>>;
  };
};

/** Settings page: offer certificates, the signatory text, and issuing one by hand when a check-in was missed. */
export function CertificateSettings({ conferenceId, enabled, signatory, issued, candidates, actions }: Props) {
  const t = useTranslations("certificates.settings");
  const locale = useLocale();
  const failureText = useFailureText();
  const [notice, setNotice] = useState<Notice>(null);
  const [issueNotice, setIssueNotice] = useState<Notice>(null);
  const [pending, startTransition] = useTransition();
  const [issuing, startIssue] = useTransition();
  const [remaining, setRemaining] = useState(candidates);

  function save(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setNotice(null);
    startTransition(async () => {
      const result = await actions.save({ conferenceId, certificatesEnabled: form.get("certificatesEnabled") === "on", certificateSignatory: String(form.get("certificateSignatory") ?? "") });
      setNotice(result.ok ? { kind: "success", text: t("saved") } : { kind: "error", text: failureText(result) });
    });
  }

  function issue(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const registrationId = String(new FormData(event.currentTarget).get("registrationId") ?? "");
    const person = remaining.find((c) => c.id === registrationId);
    setIssueNotice(null);
    startIssue(async () => {
      const result = await actions.issue({ conferenceId, registrationId });
      if (!result.ok) return setIssueNotice({ kind: "error", text: failureText(result) });
      if (!result.data.ok) return setIssueNotice({ kind: "error", text: t(`reasons.${result.data.reason}`) });
      setRemaining((list) => list.filter((c) => c.id !== registrationId));
      setIssueNotice({ kind: "success", text: t("issuedOk", { name: person?.name ?? "", hours: formatHours(result.data.hours, locale) }) });
    });
  }

  return (
    <section className="card stack" aria-labelledby="certificate-settings-heading">
      <h2 id="certificate-settings-heading">{t("title")}</h2>
      <form className="stack" onSubmit={save}>
        <div className="field">
          <label className="check" htmlFor="certificates-enabled">
            <input id="certificates-enabled" type="checkbox" name="certificatesEnabled" defaultChecked={enabled} aria-describedby="certificates-enabled-hint" />
            <span>{t("enabled")}</span>
          </label>
          <p id="certificates-enabled-hint" className="small muted">
            {t("enabledHint")}
          </p>
        </div>
        <div className="field">
          <label htmlFor="certificate-signatory">{t("signatory")}</label>
          <textarea id="certificate-signatory" name="certificateSignatory" rows={2} maxLength={500} defaultValue={signatory ?? ""} aria-describedby="certificate-signatory-hint" />
          <p id="certificate-signatory-hint" className="small muted">
            {t("signatoryHint")}
          </p>
        </div>
        <SectionNotice notice={notice} pending={pending} />
        <p>
          <button type="submit" className="button" disabled={pending}>
            {t("save")}
          </button>
        </p>
      </form>
      <p className="small muted">{t("issuedCount", { count: issued + candidates.length - remaining.length })}</p>
      <h3 className="h4">{t("manualTitle")}</h3>
      <p className="small muted">{t("manualHint")}</p>
      {remaining.length === 0 ? (
        <p className="muted">{t("noCandidates")}</p>
      ) : (
        <form className="stack" onSubmit={issue}>
          <div className="field">
            <label htmlFor="certificate-person">{t("person")}</label>
            <select id="certificate-person" name="registrationId" required defaultValue="">
              <option value="" disabled>
                {t("choose")}
              </option>
              {remaining.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.organisation ? `${c.name} (${c.organisation})` : c.name}
                </option>
              ))}
            </select>
          </div>
          <SectionNotice notice={issueNotice} pending={issuing} />
          <p>
            <button type="submit" className="button button--secondary" disabled={issuing}>
              {t("issue")}
            </button>
          </p>
        </form>
      )}
      {remaining.length === 0 && issueNotice && <SectionNotice notice={issueNotice} pending={issuing} />}
    </section>
  );
}
