"use client";

import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action";
import type { OperatorSettings } from "@/lib/privacy/schema";

const FIELDS: { key: keyof OperatorSettings; multiline?: boolean; type?: "email"; autoComplete?: string }[] = [
  { key: "name", autoComplete: "organization" },
  { key: "address", multiline: true, autoComplete: "street-address" },
  { key: "representative" },
  { key: "email", type: "email", autoComplete: "email" },
  { key: "phone", autoComplete: "tel" },
  { key: "register" },
  { key: "vatId" },
  { key: "dpoName" },
  { key: "dpoEmail", type: "email" },
  { key: "dpoAddress", multiline: true },
  { key: "supervisoryAuthority", multiline: true },
];

export function OperatorForm({ initial, save }: { initial: OperatorSettings; save: (data: OperatorSettings) => Promise<ActionResult<{ changed: number }>> }) {
  const t = useTranslations("privacy.operator");
  const prefix = useId();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<"saved" | "failed" | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await save(values);
      setStatus(result.ok ? "saved" : "failed");
      setErrors(!result.ok && result.fields ? result.fields : {});
    });
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      {FIELDS.map(({ key, multiline, type, autoComplete }) => {
        const id = `${prefix}-${key}`;
        const error = errors[key] ? t("invalidEmail") : null;
        const common = {
          id,
          name: key,
          value: values[key],
          autoComplete,
          "aria-invalid": error ? true : undefined,
          "aria-describedby": error ? `${id}-error` : undefined,
          onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setValues((v) => ({ ...v, [key]: e.target.value })),
        };
        return (
          <div className="field" key={key}>
            <label htmlFor={id}>{t(key)}</label>
            {multiline ? <textarea rows={3} maxLength={1000} {...common} /> : <input type={type ?? "text"} maxLength={320} {...common} />}
            {error && (
              <p id={`${id}-error`} className="error">
                {error}
              </p>
            )}
          </div>
        );
      })}
      <div aria-live="polite">
        {status === "saved" && (
          <p className="notice notice--success" role="status">
            {t("saved")}
          </p>
        )}
        {status === "failed" && (
          <p className="notice notice--error" role="alert">
            {t("failed")}
          </p>
        )}
      </div>
      <p>
        <button type="submit" className="button" disabled={pending}>
          {t("save")}
        </button>
      </p>
    </form>
  );
}
