"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition, type FormEvent } from "react";
import type { ActionResult } from "@/lib/action";
import { DEFAULT_HOURS_BEFORE } from "@/lib/reminders/rules";

type Values = { hoursBefore: number; extraTextDe: string; extraTextEn: string };
type Props = {
  conferenceId: string;
  /** null: the form adds a new reminder. */
  reminder: ({ id: string } & Values) | null;
  choices: { hours: number; label: string }[];
  save: (input: { conferenceId: string; reminderId?: string } & Values) => Promise<ActionResult<{ id: string }>>;
  remove: (input: { conferenceId: string; reminderId: string }) => Promise<ActionResult>;
};

/** When a reminder goes out and the organisers' extra text (German and English). */
export function ReminderEditor({ conferenceId, reminder, choices, save, remove }: Props) {
  const t = useTranslations("dayOf.reminders");
  const te = useTranslations("organiser.errors");
  const uid = useId();
  const router = useRouter();
  const [values, setValues] = useState<Values>(reminder ?? { hoursBefore: DEFAULT_HOURS_BEFORE, extraTextDe: "", extraTextEn: "" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    startTransition(async () => {
      const result = await save({ conferenceId, ...(reminder ? { reminderId: reminder.id } : {}), ...values });
      if (result.ok) {
        setErrors({});
        setMessage({ ok: true, text: t(reminder ? "saved" : "added") });
        if (!reminder) setValues({ hoursBefore: DEFAULT_HOURS_BEFORE, extraTextDe: "", extraTextEn: "" });
        router.refresh();
      } else {
        setErrors(result.fields ?? {});
        setMessage({ ok: false, text: te(result.code) });
      }
    });
  }

  function removeIt() {
    if (!reminder || !window.confirm(t("removeConfirm"))) return;
    startTransition(async () => {
      const result = await remove({ conferenceId, reminderId: reminder.id });
      if (result.ok) router.refresh();
      else setMessage({ ok: false, text: te(result.code) });
    });
  }

  const error = (field: string) =>
    errors[field] ? (
      <p className="error" id={`${uid}-${field}-error`}>
        {te.has(`field.${errors[field]}`) ? te(`field.${errors[field]}`) : te("field.invalid")}
      </p>
    ) : null;
  const text = (field: "extraTextDe" | "extraTextEn") => (
    <div className="field">
      <label htmlFor={`${uid}-${field}`}>{t(field)}</label>
      <textarea
        id={`${uid}-${field}`}
        rows={3}
        maxLength={2000}
        value={values[field]}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={errors[field] ? `${uid}-${field}-error` : undefined}
        onChange={(e) => setValues({ ...values, [field]: e.target.value })}
      />
      {error(field)}
    </div>
  );
  return (
    <form className="form stack" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${uid}-hours`}>{t("when")}</label>
        <select id={`${uid}-hours`} value={values.hoursBefore} onChange={(e) => setValues({ ...values, hoursBefore: Number(e.target.value) })}>
          {choices.map((c) => (
            <option key={c.hours} value={c.hours}>
              {c.label}
            </option>
          ))}
        </select>
        {error("hoursBefore")}
      </div>
      {text("extraTextDe")}
      {text("extraTextEn")}
      <p className="small muted">{t("extraTextHint")}</p>
      <div className="button-row">
        <button type="submit" className="button" disabled={pending}>
          {reminder ? t("save") : t("addButton")}
        </button>
        {reminder && (
          <button type="button" className="button button--secondary" onClick={removeIt} disabled={pending}>
            {t("remove")}
          </button>
        )}
      </div>
      {message && (
        <p className={message.ok ? "notice notice--success" : "notice notice--error"} role={message.ok ? "status" : "alert"}>
          {message.text}
        </p>
      )}
    </form>
  );
}
