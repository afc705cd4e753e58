"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { ErrorSummary, fieldId } from "@/components/registration/field-errors";
import { QuestionField } from "@/components/registration/registration-form";
import type { ActionResult } from "@/lib/action";
import type { UpdateAttendeeOutcome } from "@/lib/attendees/update-attendee";
import type { BuiltInFields } from "@/lib/registrations/built-in-fields";
import type { FormQuestion } from "@/lib/registrations/form-data";
import styles from "./attendees.module.css";
import { failureText, refusalText } from "./failure-text";
import { OutcomeNotice } from "./action-status";

type Answers = Record<string, string | string[] | boolean>;
type Details = { name: string; organisation: string | null; jobTitle: string | null; accessibilityNeeds: string | null; dietaryRequirements: string | null; locale: "de" | "en" };
export type UpdateAttendee = (input: { conferenceId: string; registrationId: string; locale: "de" | "en"; input: Record<string, unknown> }) => Promise<ActionResult<UpdateAttendeeOutcome>>;

const TEXT_FIELDS = ["name", "organisation", "jobTitle", "accessibilityNeeds", "dietaryRequirements"] as const;

/**
 * The organiser's correction form on the attendee's page. Sends only what changed (a partial
 * update: absent stays, an emptied field clears), shows every error at once, announces the result.
 */
export function EditAttendeeForm({ conferenceId, registrationId, initial, answers: initialAnswers, questions, fields, action }: { conferenceId: string; registrationId: string; initial: Details; answers: Answers; questions: FormQuestion[]; fields: BuiltInFields; action: UpdateAttendee }) {
  const t = useTranslations("organiser");
  const tr = useTranslations("registration");
  const locale = useLocale() === "en" ? "en" : "de";
  const router = useRouter();
  const [answers, setAnswers] = useState<Answers>(initialAnswers);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input: Record<string, unknown> = {};
    for (const field of TEXT_FIELDS) {
      const value = String(form.get(field) ?? "").trim();
      if (value !== (initial[field] ?? "")) input[field] = field === "name" ? value : value || null;
    }
    const attendeeLocale = form.get("attendeeLocale") === "en" ? "en" : "de";
    if (attendeeLocale !== initial.locale) input.locale = attendeeLocale;
    const changedAnswers = Object.fromEntries(Object.entries(answers).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(initialAnswers[key])));
    if (Object.keys(changedAnswers).length) input.answers = changedAnswers;
    setMessage(null);
    if (!Object.keys(input).length) {
      setErrors({});
      setMessage({ ok: true, text: t("attendee.edit.unchanged") });
      return;
    }
    startTransition(async () => {
      const result = await action({ conferenceId, registrationId, locale, input });
      if (result.ok && !result.data.ok) {
        setErrors({});
        setMessage({ ok: false, text: refusalText(result.data.reason, t) });
      } else if (result.ok) {
        setErrors({});
        setMessage({ ok: true, text: t("attendee.edit.saved") });
        router.refresh();
      } else if (result.code === "validation" && result.fields) {
        setErrors(result.fields);
      } else {
        setErrors({});
        setMessage({ ok: false, text: failureText(result, t) });
      }
    });
  }

  const labels: Record<string, string> = {
    name: tr("form.name"),
    organisation: tr("form.organisation"),
    jobTitle: tr("form.jobTitle"),
    accessibilityNeeds: t("attendee.accessibilityNeeds"),
    dietaryRequirements: t("attendee.dietaryRequirements"),
    ...Object.fromEntries(questions.map((q) => [`answers.${q.key}`, q.label])),
  };
  const aria = (field: string) => ({ "aria-invalid": errors[field] ? true : undefined, "aria-describedby": errors[field] ? `${fieldId(field)}-error` : undefined });
  const error = (field: string) =>
    errors[field] && (
      <p className="error" id={`${fieldId(field)}-error`}>
        {errors[field]}
      </p>
    );
  const optional = <span className="muted small">({t("attendee.edit.optional")})</span>;

  return (
    <section className={`card stack ${styles.panel}`} aria-labelledby="edit-attendee-title" data-testid="edit-attendee">
      <h2 id="edit-attendee-title" className={styles.sectionTitle}>
        {t("attendee.edit.title")}
      </h2>
      <p className="muted">{t("attendee.edit.intro")}</p>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary title={t("attendee.edit.errorsTitle")} errors={errors} labels={labels} />
        <OutcomeNotice message={message} />
        <div className="form-row">
          <div className="field">
            <label htmlFor={fieldId("name")}>{tr("form.name")}</label>
            {error("name")}
            <input id={fieldId("name")} name="name" type="text" defaultValue={initial.name} autoComplete="off" required {...aria("name")} />
          </div>
          <div className="field">
            <label htmlFor="field-attendeeLocale">{t("attendee.locale")}</label>
            <select id="field-attendeeLocale" name="attendeeLocale" defaultValue={initial.locale}>
              <option value="de">Deutsch</option>
              <option value="en">English</option>
            </select>
          </div>
        </div>
        <div className="form-row">
          <div className="field">
            <label htmlFor={fieldId("organisation")}>
              {tr("form.organisation")} {fields.organisation !== "required" && optional}
            </label>
            {error("organisation")}
            <input id={fieldId("organisation")} name="organisation" type="text" defaultValue={initial.organisation ?? ""} autoComplete="off" required={fields.organisation === "required"} {...aria("organisation")} />
          </div>
          <div className="field">
            <label htmlFor={fieldId("jobTitle")}>
              {tr("form.jobTitle")} {fields.jobTitle !== "required" && optional}
            </label>
            {error("jobTitle")}
            <input id={fieldId("jobTitle")} name="jobTitle" type="text" defaultValue={initial.jobTitle ?? ""} autoComplete="off" required={fields.jobTitle === "required"} {...aria("jobTitle")} />
          </div>
        </div>
        {questions.map((q) => (
          <QuestionField key={q.key} question={q} value={answers[q.key]} error={errors[`answers.${q.key}`]} optional={t("attendee.edit.optional")} choose={t("attendee.edit.choose")} onChange={(v) => setAnswers({ ...answers, [q.key]: v })} />
        ))}
        <div className="field">
          <label htmlFor={fieldId("accessibilityNeeds")}>
            {t("attendee.accessibilityNeeds")} {optional}
          </label>
          {error("accessibilityNeeds")}
          <textarea id={fieldId("accessibilityNeeds")} name="accessibilityNeeds" rows={2} defaultValue={initial.accessibilityNeeds ?? ""} {...aria("accessibilityNeeds")} />
        </div>
        <div className="field">
          <label htmlFor={fieldId("dietaryRequirements")}>
            {t("attendee.dietaryRequirements")} {optional}
          </label>
          {error("dietaryRequirements")}
          <textarea id={fieldId("dietaryRequirements")} name="dietaryRequirements" rows={2} defaultValue={initial.dietaryRequirements ?? ""} {...aria("dietaryRequirements")} />
        </div>
        <p>
          <button className="button" type="submit" disabled={pending}>
            {pending ? t("attendee.edit.saving") : t("attendee.edit.save")}
          </button>
        </p>
      </form>
    </section>
  );
}
