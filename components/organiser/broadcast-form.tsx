"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import type { ActionResult } from "@/lib/action";
import type { AudienceOption } from "@/lib/attendees/broadcast-audience";
import type { BroadcastInput } from "@/lib/attendees/send-broadcast";
import styles from "./attendees/attendees.module.css";
import { failureText } from "./attendees/failure-text";
import { ConfirmDialog } from "./confirm-dialog";
import { OutcomeNotice } from "./attendees/action-status";

type Props = {
  conferenceId: string;
  audience: AudienceOption[];
  preselected: string | null;
  /** Mail texts in the UI language, for the preview. */
  mail: { greeting: string; from: string; unsubscribe: string; unsubscribeLink: string };
  action: (input: BroadcastInput) => Promise<ActionResult<{ sent: number; skipped: number }>>;
  testAction: (input: BroadcastInput) => Promise<ActionResult<{ to: string }>>;
};

const ALL = "__conference__";

/**
 * Compose a message to the confirmed attendees of the conference or one session. The preview
 * shows what each attendee gets around the text (greeting by name, opt-out footer), the send
 * button names how many people it goes to, and a dialog asks once more, with that count, before
 * anything is sent. "Send a test to myself" delivers it to the organiser's own address first.
 */
export function BroadcastForm({ conferenceId, audience, preselected, mail, action, testAction }: Props) {
  const t = useTranslations("organiser");
  const router = useRouter();
  const [target, setTarget] = useState(preselected ?? audience[0].sessionId ?? ALL);
  const [subject, setSubject] = useState("");
  const [body, setBody] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const chosen = audience.find((a) => (a.sessionId ?? ALL) === target) ?? audience[0];

  const [confirming, setConfirming] = useState(false);
  const input = () => ({ conferenceId, sessionId: chosen.sessionId, subject, body });

  /** The server's rules (lib/attendees/send-broadcast.ts), checked first so the dialog never asks about a message that cannot go out. */
  function localErrors(): Record<string, string> {
    const found: Record<string, string> = {};
    if (subject.trim().length < 3) found.subject = "required";
    if (body.trim().length < 10) found.body = "required";
    return found;
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    const found = localErrors();
    setErrors(found);
    if (Object.keys(found).length) return;
    setConfirming(true);
  }

  function send() {
    setConfirming(false);
    startTransition(async () => {
      const result = await action(input());
      if (result.ok) {
        setErrors({});
        setSubject("");
        setBody("");
        setMessage({ ok: true, text: t("broadcast.sent", result.data) });
        router.refresh();
      } else {
        setErrors(result.fields ?? {});
        setMessage({ ok: false, text: failureText(result, t) });
      }
    });
  }

  function sendTest() {
    setMessage(null);
    const found = localErrors();
    setErrors(found);
    if (Object.keys(found).length) return;
    startTransition(async () => {
      const result = await testAction(input());
      if (result.ok) setMessage({ ok: true, text: t("broadcast.testSent", { email: result.data.to }) });
      else {
        setErrors(result.fields ?? {});
        setMessage({ ok: false, text: failureText(result, t) });
      }
    });
  }

  const fieldError = (field: string) =>
    errors[field] && (
      <p className="error" id={`broadcast-${field}-error`}>
        {t.has(`errors.field.${errors[field]}`) ? t(`errors.field.${errors[field]}`) : t("errors.field.invalid")}
      </p>
    );
  const aria = (field: string, hint?: string) => ({
    "aria-invalid": errors[field] ? true : undefined,
    "aria-describedby": [hint, errors[field] ? `broadcast-${field}-error` : undefined].filter(Boolean).join(" ") || undefined,
  });

  return (
    <div className={styles.twoColumns}>
      <form className="form card" onSubmit={submit} noValidate>
        <OutcomeNotice message={message} />
        <div className="field">
          <label htmlFor="broadcast-audience">{t("broadcast.audience")}</label>
          {fieldError("sessionId")}
          <select id="broadcast-audience" value={target} onChange={(e) => setTarget(e.target.value)} aria-describedby="broadcast-count" {...(errors.sessionId ? { "aria-invalid": true } : {})}>
            {audience.map((a) => (
              <option key={a.sessionId ?? ALL} value={a.sessionId ?? ALL}>
                {a.sessionId ? t("broadcast.audienceSession", { title: a.title, host: a.host ?? "" }) : t("broadcast.audienceConference")}
              </option>
            ))}
          </select>
          <p className="hint" id="broadcast-count" data-testid="broadcast-count">
            {t("broadcast.recipients", { count: chosen.recipients })} {t("broadcast.optedOut", { count: chosen.optedOut })}
          </p>
        </div>
        <div className="field">
          <label htmlFor="broadcast-subject">{t("broadcast.subject")}</label>
          {fieldError("subject")}
          <input id="broadcast-subject" type="text" value={subject} maxLength={200} onChange={(e) => setSubject(e.target.value)} required {...aria("subject")} />
        </div>
        <div className="field">
          <label htmlFor="broadcast-body">{t("broadcast.body")}</label>
          <p className="hint" id="broadcast-body-hint">
            {t("broadcast.bodyHint")}
          </p>
          {fieldError("body")}
          <textarea id="broadcast-body" rows={10} value={body} maxLength={10_000} onChange={(e) => setBody(e.target.value)} required {...aria("body", "broadcast-body-hint")} />
        </div>
        <p className={styles.buttonRow}>
          <button className="button" type="submit" disabled={pending || chosen.recipients === 0}>
            {pending ? t("broadcast.sending") : t("broadcast.send", { count: chosen.recipients })}
          </button>
          <button className="button button--secondary" type="button" onClick={sendTest} disabled={pending}>
            {t("broadcast.test")}
          </button>
        </p>
        <p className="small muted">{t("broadcast.testHint")}</p>
      </form>
      <ConfirmDialog
        open={confirming}
        title={t("broadcast.confirmTitle", { count: chosen.recipients })}
        confirmLabel={t("broadcast.confirmYes", { count: chosen.recipients })}
        cancelLabel={t("broadcast.confirmNo")}
        onConfirm={send}
        onCancel={() => setConfirming(false)}
      >
        <p data-testid="broadcast-confirm-count">
          {chosen.sessionId ? t("broadcast.confirmSession", { count: chosen.recipients, title: chosen.title }) : t("broadcast.confirmConference", { count: chosen.recipients })}
        </p>
        <p>
          <strong>{subject}</strong>
        </p>
        <p className="muted">{t("broadcast.confirmFinal")}</p>
      </ConfirmDialog>
      <section className="card stack" aria-labelledby="broadcast-preview">
        <h2 id="broadcast-preview" className="h3">
          {t("broadcast.preview")}
        </h2>
        <div className={styles.preview} data-testid="broadcast-preview">
          <p className="small muted">{mail.from}</p>
          <p>
            <strong>{subject || "…"}</strong>
          </p>
          <p>{mail.greeting}</p>
          <p>{body || "…"}</p>
          <p className={styles.previewFooter}>
            {mail.unsubscribe} <u>{mail.unsubscribeLink}</u>
          </p>
        </div>
      </section>
    </div>
  );
}
