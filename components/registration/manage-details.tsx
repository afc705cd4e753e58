"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { BUILT_IN_FIELDS, type BuiltInFields } from "@/lib/registrations/built-in-fields";
import type { FormQuestion } from "@/lib/registrations/form-data";
import { RequiredMark } from "./question-field";
import { QuestionField } from "./registration-form";

type Details = { name: string; organisation: string | null; jobTitle: string | null; accessibilityNeeds: string | null; dietaryRequirements: string | null; answers: Record<string, string | string[] | boolean> };

/**
 * Attendees correct their details and answers; the server validates as at registration. Sends the
 * fields it shows (an emptied field clears it); anything else — sessions, answers to archived
 * questions, a built-in field the conference hides — stays as stored.
 */
export function ManageDetails({ token, details, questions, fields }: { token: string; details: Details; questions: FormQuestion[]; fields: BuiltInFields }) {
  const t = useTranslations("registration");
  const locale = useLocale();
  const router = useRouter();
  const [answers, setAnswers] = useState(details.answers);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const shownFields = BUILT_IN_FIELDS.filter((f) => fields[f] !== "hidden");
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "");
    setSaved(false);
    // Only what this form shows: answers to the questions asked now (the server keeps the rest).
    const shown = Object.fromEntries(questions.filter((q) => answers[q.key] !== undefined).map((q) => [q.key, answers[q.key]]));
    const response = await fetch(`/api/registrations/${token}`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        name: text("name"),
        ...Object.fromEntries(shownFields.map((f) => [f, text(f) || null])),
        accessibilityNeeds: text("accessibilityNeeds") || null,
        dietaryRequirements: text("dietaryRequirements") || null,
        answers: shown,
        locale,
      }),
    });
    const body = await response.json().catch(() => ({}));
    if (response.ok) {
      setErrors({});
      setSaved(true);
      router.refresh();
    } else setErrors(body.errors ?? { _: body.message ?? t("form.networkError") });
  }
  const input = (name: keyof Omit<Details, "answers">, label: string, autoComplete?: string, required = false) => (
    <div className="field" key={name}>
      <label htmlFor={`details-${name}`}>
        {label}
        {required && <RequiredMark />}
      </label>
      {errors[name] && (
        <p className="error" id={`details-${name}-error`}>
          {errors[name]}
        </p>
      )}
      <input
        id={`details-${name}`}
        name={name}
        type="text"
        autoComplete={autoComplete}
        defaultValue={details[name] ?? ""}
        required={required || undefined}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `details-${name}-error` : undefined}
      />
    </div>
  );
  return (
    <form className="form" onSubmit={submit} noValidate>
      {errors._ && (
        <p className="notice notice--error" role="alert">
          {errors._}
        </p>
      )}
      {input("name", t("form.name"), "name")}
      {shownFields.length > 0 && <div className="form-row">{shownFields.map((f) => input(f, t(`form.${f}`), f === "organisation" ? "organization" : "organization-title", fields[f] === "required"))}</div>}
      {questions.map((q) => (
        <QuestionField key={q.key} question={q} value={answers[q.key]} error={errors[`answers.${q.key}`]} optional={t("form.optional")} choose={t("form.choiceSelect")} onChange={(v) => setAnswers({ ...answers, [q.key]: v })} />
      ))}
      {input("accessibilityNeeds", t("form.accessibilityNeeds"))}
      {input("dietaryRequirements", t("form.dietaryRequirements"))}
      {saved && (
        <p className="notice notice--success" role="status">
          {t("manage.saved")}
        </p>
      )}
      <p>
        <button type="submit" className="button button--secondary">
          {t("manage.saveDetails")}
        </button>
      </p>
    </form>
  );
}
