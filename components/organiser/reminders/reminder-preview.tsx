"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action";

type Preview = (input: { conferenceId: string; reminderId: string; locale: "de" | "en"; waitlisted: boolean }) => Promise<ActionResult<{ subject: string; html: string }>>;

/** The reminder as a sample attendee gets it, in either language, confirmed or still on the waiting list. */
export function ReminderPreview({ conferenceId, reminderId, preview }: { conferenceId: string; reminderId: string; preview: Preview }) {
  const t = useTranslations("dayOf.reminders");
  const [mail, setMail] = useState<{ subject: string; html: string } | null>(null);
  const [failed, setFailed] = useState(false);
  const [pending, startTransition] = useTransition();
  const show = (locale: "de" | "en", waitlisted: boolean) =>
    startTransition(async () => {
      const result = await preview({ conferenceId, reminderId, locale, waitlisted });
      setFailed(!result.ok);
      if (result.ok) setMail(result.data);
    });
  return (
    <div className="stack">
      <div className="button-row">
        <button type="button" className="button button--secondary" disabled={pending} onClick={() => show("de", false)}>
          {t("previewDe")}
        </button>
        <button type="button" className="button button--secondary" disabled={pending} onClick={() => show("en", false)}>
          {t("previewEn")}
        </button>
        <button type="button" className="button button--secondary" disabled={pending} onClick={() => show("de", true)}>
          {t("previewWaitlisted")}
        </button>
      </div>
      {failed && (
        <p className="notice notice--error" role="alert">
          {t("previewFailed")}
        </p>
      )}
      {mail && (
        <div className="stack" data-testid="reminder-preview">
          <p>
            <strong>{t("subject")}:</strong> {mail.subject}
          </p>
          {/* The mail's HTML in a sandbox: no scripts, no access to this page. */}
          <iframe className="mail-frame" title={t("previewTitle", { subject: mail.subject })} sandbox="" srcDoc={mail.html} />
        </div>
      )}
    </div>
  );
}
