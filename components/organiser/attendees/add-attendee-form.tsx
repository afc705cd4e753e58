"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { ErrorSummary, fieldId } from "@/components/registration/field-errors";
import { QuestionField } from "@/components/registration/registration-form";
import { SessionPicker } from "@/components/registration/session-picker";
import type { ActionResult } from "@/lib/action";
import { BUILT_IN_FIELDS, type BuiltInFields } from "@/lib/registrations/built-in-fields";
import type { FormQuestion, PickerSession } from "@/lib/registrations/form-data";
import styles from "./attendees.module.css";
import { failureText } from "./failure-text";

type AddResult = ActionResult<{ name: string; existing: boolean; status: "confirmed" | "waitlisted" }>;
export type AddAttendee = (input: { conferenceId: string; locale: "de" | "en"; input: Record<string, unknown> }) => Promise<AddResult>;
type Answers = Record<string, string | string[] | boolean>;

/**
 * The organiser's registration form: the public form's fields, sessions and custom questions
 * (the same components), plus the attendee's email language and a consent box the organiser
 * ticks for them. Opens in place; the result is announced and the list reloads.
 */
export function AddAttendeeForm({ conferenceId, sessions, questions, fields, action }: { conferenceId: string; sessions: PickerSession[]; questions: FormQuestion[]; fields: BuiltInFields; action: AddAttendee }) {
  const t = useTranslations("organiser");
  const tr = useTranslations("registration");
  const locale = useLocale() === "en" ? "en" : "de";
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [answers, setAnswers] = useState<Answers>({});
  const [formKey, setFormKey] = useState(0);
  const [pending, startTransition] = useTransition();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const input = {
      name: text("name"),
      email: text("email"),
      ...Object.fromEntries(BUILT_IN_FIELDS.filter((f) => fields[f] !== "hidden").map((f) => [f, text(f) || null])),
      answers,
      sessionIds: selected,
      consent: form.get("consent") === "on",
      locale: text("attendeeLocale") === "en" ? "en" : "de",
    };
    setProblem(null);
    setDone(null);
    startTransition(async () => {
      const result = await action({ conferenceId, locale, input });
      if (result.ok) {
        setErrors({});
        setSelected([]);
        setAnswers({});
        setFormKey((k) => k + 1);
        setDone(t(result.data.existing ? "attendees.add.existing" : "attendees.add.created", { name: result.data.name, status: tr(`status.${result.data.status}`) }));
        router.refresh();
      } else if (result.code === "validation" && result.fields) {
        setErrors(result.fields);
      } else {
        setErrors({});
        setProblem(failureText(result, t));
      }
    });
  }

  const status = done && (
    <p className="notice notice--success" role="status">
      {done}
    </p>
  );
  if (!open) {
    return (
      <div>
        <button
          type="button"
          className="button"
          aria-expanded="false"
          aria-controls="add-attendee"
          onClick={() => {
            setOpen(true);
            setDone(null);
          }}
        >
          + {t("attendees.add.open")}
        </button>
        {status}
      </div>
    );
  }

  // The registration rules speak to the attendee ("please agree"); here the organiser confirms on their behalf.
  const err = (field: string) => (field === "consent" && errors.consent ? t("attendees.add.consentRequired") : errors[field]);
  const labels: Record<string, string> = {
    name: tr("form.name"),
    email: tr("form.email"),
    organisation: tr("form.organisation"),
    jobTitle: tr("form.jobTitle"),
    sessionIds: tr("form.sessions"),
    consent: t("attendees.add.consentShort"),
    ...Object.fromEntries(questions.map((q) => [`answers.${q.key}`, q.label])),
  };
  const invalid = (field: string) => (err(field) ? true : undefined);
  const describedBy = (field: string) => (err(field) ? `${fieldId(field)}-error` : undefined);
  const error = (field: string) =>
    err(field) && (
      <p className="error" id={`${fieldId(field)}-error`}>
        {err(field)}
      </p>
    );

  return (
    <section id="add-attendee" className={`card stack ${styles.panel}`} aria-labelledby="add-attendee-title">
      <div className={styles.panelHead}>
        <h2 id="add-attendee-title">{t("attendees.add.title")}</h2>
        <button
          type="button"
          className="button button--secondary"
          aria-expanded="true"
          aria-controls="add-attendee"
          onClick={() => {
            setOpen(false);
            setErrors({});
            setProblem(null);
          }}
        >
          {t("attendees.add.close")}
        </button>
      </div>
      <p className="muted">{t("attendees.add.intro")}</p>
      {status}
      <form key={formKey} className="form" onSubmit={submit} noValidate>
        <ErrorSummary title={tr("form.errorSummary")} errors={errors} labels={labels} />
        {problem && (
          <div className="notice notice--error" role="alert">
            {problem}
          </div>
        )}
        <div className="form-row">
          <div className="field">
            <label htmlFor="field-name">{tr("form.name")}</label>
            {error("name")}
            <input id="field-name" name="name" type="text" autoComplete="off" required aria-invalid={invalid("name")} aria-describedby={describedBy("name")} />
          </div>
          <div className="field">
            <label htmlFor="field-email">{tr("form.email")}</label>
            {error("email")}
            <input id="field-email" name="email" type="email" autoComplete="off" required aria-invalid={invalid("email")} aria-describedby={describedBy("email")} />
          </div>
        </div>
        <div className="form-row">
          {/* The conference's built-in fields: hidden ones are not asked, required ones lose "(optional)". */}
          {BUILT_IN_FIELDS.filter((f) => fields[f] !== "hidden").map((f) => (
            <div className="field" key={f}>
              <label htmlFor={`field-${f}`}>
                {tr(`form.${f}`)} {fields[f] === "optional" && <span className="muted small">({tr("form.optional")})</span>}
              </label>
              {error(f)}
              <input id={`field-${f}`} name={f} type="text" autoComplete="off" required={fields[f] === "required"} aria-invalid={invalid(f)} aria-describedby={describedBy(f)} />
            </div>
          ))}
          <div className="field">
            <label htmlFor="field-attendeeLocale">{t("attendees.add.language")}</label>
            <select id="field-attendeeLocale" name="attendeeLocale" defaultValue={locale}>
              <option value="de">Deutsch</option>
              <option value="en">English</option>
            </select>
          </div>
        </div>
        {questions.map((q) => (
          <QuestionField key={q.key} question={q} value={answers[q.key]} error={err(`answers.${q.key}`)} optional={tr("form.optional")} choose={tr("form.choiceSelect")} onChange={(v) => setAnswers({ ...answers, [q.key]: v })} />
        ))}
        {sessions.length > 0 ? (
          <div id="field-sessionIds" tabIndex={-1}>
            <SessionPicker sessions={sessions} selected={selected} onChange={setSelected} error={Object.entries(errors).find(([k]) => k.startsWith("sessionIds"))?.[1]} />
          </div>
        ) : (
          <p className="muted">{t("attendees.add.noSessions")}</p>
        )}
        <div className="field">
          {error("consent")}
          <label className="check" htmlFor="field-consent">
            <input id="field-consent" name="consent" type="checkbox" aria-invalid={invalid("consent")} aria-describedby={describedBy("consent")} />
            <span>{t("attendees.add.consent")}</span>
          </label>
        </div>
        <p>
          <button className="button" type="submit" disabled={pending}>
            {t("attendees.add.submit")}
          </button>
        </p>
      </form>
    </section>
  );
}
