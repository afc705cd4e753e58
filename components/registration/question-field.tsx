"use client";

import { useTranslations } from "next-intl";
import type { FormQuestion } from "@/lib/registrations/form-data";
import { fieldId } from "./field-errors";
import "./registration.css";

export type Answers = Record<string, string | string[] | boolean>;

/** The visible mark of a required field; screen readers learn it from `required`/`aria-required` on the input. */
export function RequiredMark() {
  return (
    <span className="required-mark" aria-hidden="true">
      *
    </span>
  );
}

export function QuestionField({ question: q, value, error, optional, choose, onChange }: { question: FormQuestion; value: Answers[string] | undefined; error?: string; optional: string; choose: string; onChange: (v: Answers[string]) => void }) {
  const requiredWord = useTranslations("registration.form")("required");
  const id = fieldId(`answers.${q.key}`);
  const invalid = error ? true : undefined;
  const errorNode = error && (
    <p className="error" id={`${id}-error`}>
      {error}
    </p>
  );
  // The organisers' help text (German or English, lib/localized.ts) describes the field, next to any error.
  const helpNode = q.help && (
    <p className="hint" id={`${id}-help`}>
      {q.help}
    </p>
  );
  const describedBy = [error ? `${id}-error` : null, q.help ? `${id}-help` : null].filter(Boolean).join(" ") || undefined;
  const mark = q.required ? <RequiredMark /> : <span className="muted small">({optional})</span>;
  if (q.type === "checkbox") {
    return (
      <div className="field">
        {errorNode}
        <label className="check" htmlFor={id}>
          <input id={id} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} required={q.required} aria-invalid={invalid} aria-describedby={describedBy} />
          <span>
            {q.label} {mark}
          </span>
        </label>
        {helpNode}
      </div>
    );
  }
  if (q.type === "single_choice" || q.type === "multiple_choice") {
    const multiple = q.type === "multiple_choice";
    const list = Array.isArray(value) ? value : [];
    return (
      // A radio group can say "required" itself (aria-required on role radiogroup); a checkbox group
      // cannot, so its legend says it in words for screen readers.
      <fieldset
        className="field"
        id={id}
        tabIndex={-1}
        role={multiple ? undefined : "radiogroup"}
        aria-required={!multiple && q.required ? true : undefined}
        aria-describedby={describedBy}
      >
        <legend>
          {q.label} {mark}
          {multiple && q.required && <span className="visually-hidden"> ({requiredWord})</span>}
        </legend>
        {helpNode}
        {errorNode}
        {q.options.map((o) => (
          <label key={o.value} className="check">
            <input
              type={multiple ? "checkbox" : "radio"}
              name={`q-${q.key}`}
              value={o.value}
              checked={multiple ? list.includes(o.value) : value === o.value}
              onChange={(e) => onChange(multiple ? (e.target.checked ? [...list, o.value] : list.filter((v) => v !== o.value)) : o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
        <span className="visually-hidden">{choose}</span>
      </fieldset>
    );
  }
  return (
    <div className="field">
      <label htmlFor={id}>
        {q.label} {mark}
      </label>
      {helpNode}
      {errorNode}
      {q.type === "long_text" ? (
        <textarea id={id} rows={3} value={typeof value === "string" ? value : ""} onChange={(e) => onChange(e.target.value)} required={q.required} aria-invalid={invalid} aria-describedby={describedBy} />
      ) : (
        <input id={id} type="text" value={typeof value === "string" ? value : ""} onChange={(e) => onChange(e.target.value)} required={q.required} aria-invalid={invalid} aria-describedby={describedBy} />
      )}
    </div>
  );
}
