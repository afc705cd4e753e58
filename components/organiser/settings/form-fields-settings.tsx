"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action";
import type { FormFieldsInput } from "@/lib/conferences/schema";
import { BUILT_IN_FIELDS, FORM_FIELD_MODES, type BuiltInFields, type FormFieldMode } from "@/lib/registrations/built-in-fields";
import { SectionNotice, useFailureText, type Notice } from "./form-bits";
import styles from "./settings.module.css";

type Props = {
  conferenceId: string;
  fields: BuiltInFields;
  action: (input: FormFieldsInput) => Promise<ActionResult<{ changed: number }>>;
};

/** Settings page, beside the registration questions: hide, offer or require "Organisation" and "Funktion". */
export function FormFieldsSettings({ conferenceId, fields, action }: Props) {
  const t = useTranslations("settings.formFields");
  const failureText = useFailureText();
  const [notice, setNotice] = useState<Notice>(null);
  const [pending, startTransition] = useTransition();

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const mode = (name: string) => String(form.get(name)) as FormFieldMode;
    setNotice(null);
    startTransition(async () => {
      const result = await action({ conferenceId, organisationField: mode("organisationField"), jobTitleField: mode("jobTitleField") });
      setNotice(result.ok ? { kind: "success", text: t("saved") } : { kind: "error", text: failureText(result) });
    });
  }

  return (
    <form className="stack" onSubmit={submit} data-testid="form-fields-settings">
      <fieldset className="stack" aria-describedby="form-fields-intro">
        <legend className={styles.legend}>{t("heading")}</legend>
        <p id="form-fields-intro" className="small muted">
          {t("intro")}
        </p>
        <div className={styles.inline}>
          {BUILT_IN_FIELDS.map((field) => (
            <div className="field" key={field}>
              <label htmlFor={`form-field-${field}`}>{t(field)}</label>
              <select id={`form-field-${field}`} name={`${field}Field`} defaultValue={fields[field]}>
                {FORM_FIELD_MODES.map((m) => (
                  <option key={m} value={m}>
                    {t(`modes.${m}`)}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      </fieldset>
      <SectionNotice notice={notice} pending={pending} />
      <p>
        <button type="submit" className="button button--secondary" disabled={pending}>
          {t("save")}
        </button>
      </p>
    </form>
  );
}
