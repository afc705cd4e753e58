"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action";
import type { ConferencePrivacyInput } from "@/lib/privacy/schema";
import { SectionNotice, useFailureText, type Notice } from "../organiser/section-notice";

type Props = {
  conferenceId: string;
  retentionMonths: number;
  privacyText: string | null;
  /** Formatted date the registrations were anonymised, when they were. */
  anonymisedOn: string | null;
  action: (input: ConferencePrivacyInput) => Promise<ActionResult<{ changed: number }>>;
};

const MONTHS = [6, 5, 4, 3, 2, 1];

/** Retention period (shorter only) and the conference's own privacy text, in the settings page. */
export function ConferencePrivacySection({ conferenceId, retentionMonths, privacyText, anonymisedOn, action }: Props) {
  const t = useTranslations("privacy.settings");
  const ts = useTranslations("privacy.operator");
  const failureText = useFailureText();
  const [notice, setNotice] = useState<Notice>(null);
  const [pending, startTransition] = useTransition();

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setNotice(null);
    startTransition(async () => {
      const result = await action({ conferenceId, retentionMonths: Number(form.get("retentionMonths")), privacyText: String(form.get("privacyText") ?? "") || null });
      setNotice(result.ok ? { kind: "success", text: ts("saved") } : { kind: "error", text: failureText(result) });
    });
  }

  return (
    <section className="card stack" aria-labelledby="privacy-settings-heading">
      <h2 id="privacy-settings-heading">{t("title")}</h2>
      {anonymisedOn && <p className="notice">{t("anonymised", { date: anonymisedOn })}</p>}
      <form className="stack" onSubmit={submit}>
        <div className="field">
          <label htmlFor="privacy-retention">{t("retentionLabel")}</label>
          <select id="privacy-retention" name="retentionMonths" defaultValue={String(retentionMonths)} aria-describedby="privacy-retention-hint">
            {MONTHS.map((m) => (
              <option key={m} value={m}>
                {t("months", { count: m })}
              </option>
            ))}
          </select>
          <p id="privacy-retention-hint" className="small muted">
            {t("retentionHint")}
          </p>
        </div>
        <div className="field">
          <label htmlFor="privacy-text">{t("privacyTextLabel")}</label>
          <textarea id="privacy-text" name="privacyText" rows={4} maxLength={5000} defaultValue={privacyText ?? ""} aria-describedby="privacy-text-hint" />
          <p id="privacy-text-hint" className="small muted">
            {t("privacyTextHint")}
          </p>
        </div>
        <SectionNotice notice={notice} pending={pending} />
        <p>
          <button type="submit" className="button" disabled={pending}>
            {ts("save")}
          </button>
        </p>
      </form>
    </section>
  );
}
