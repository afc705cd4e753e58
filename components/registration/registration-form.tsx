"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent, type ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import { BUILT_IN_FIELDS, type BuiltInFields } from "@/lib/registrations/built-in-fields";
import type { FormQuestion, PickerSession } from "@/lib/registrations/form-data";
import { ErrorSummary } from "./field-errors";
import { rememberFreshRegistration } from "./fresh-registration";
import { QuestionField, RequiredMark, type Answers } from "./question-field";
import { SessionPicker } from "./session-picker";
import "./registration.css";

/** A new registration's answer, or `{ existing: true, message }` when the address is already registered (nothing more is told). */
type Result = { id?: string; manageUrl?: string; feedUrl?: string; existing?: boolean };

function Field({ id, label, error, hint, optional, required, children }: { id: string; label: string; error?: string; hint?: string; optional?: string; required?: boolean; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>
        {label} {optional && <span className="muted small">({optional})</span>}
        {required && <RequiredMark />}
      </label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {children}
    </div>
  );
}

export function RegistrationForm({ slug, sessions, questions, fields, preselected }: { slug: string; sessions: PickerSession[]; questions: FormQuestion[]; fields: BuiltInFields; preselected: string[] }) {
  const t = useTranslations("registration");
  const locale = useLocale();
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [email, setEmail] = useState("");
  const [selected, setSelected] = useState<string[]>(preselected);
  const [answers, setAnswers] = useState<Answers>({});

  /** A changed choice answers the server's complaint about the sessions (overlap, unknown): it goes until the next submit. */
  function chooseSessions(ids: string[]) {
    setSelected(ids);
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([field]) => !field.startsWith("sessionIds"))));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "");
    setBusy(true);
    setProblem(null);
    let leaving = false;
    try {
      const response = await fetch(`/api/conferences/${encodeURIComponent(slug)}/registrations`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          name: text("name"),
          email: text("email"),
          // Hidden fields are not sent (the server would ignore them anyway).
          ...Object.fromEntries(BUILT_IN_FIELDS.filter((f) => fields[f] !== "hidden").map((f) => [f, text(f) || null])),
          accessibilityNeeds: text("accessibilityNeeds") || null,
          dietaryRequirements: text("dietaryRequirements") || null,
          answers,
          sessionIds: selected,
          consent: form.get("consent") === "on",
          locale,
        }),
      });
      const body = await response.json().catch(() => ({}));
      if (response.status === 201 && body.manageUrl) {
        // The confirmation is the manage page: it shows everything again after a reload or from the emailed link.
        const done = body as Result;
        rememberFreshRegistration(done.id!, { feedUrl: done.feedUrl ?? null, email });
        setErrors({});
        leaving = true;
        router.push(`${new URL(done.manageUrl!).pathname}?welcome=1`);
      } else if (response.status === 200) {
        setErrors({});
        setResult(body as Result);
        window.scrollTo({ top: 0 });
      } else if (response.status === 422 && body.errors) {
        setErrors(body.errors);
      } else if (response.status === 409) {
        setErrors({});
        setProblem(body.reason === "not_yet_open" ? t("form.notYetOpen") : t("form.closed"));
      } else if (response.status === 429) {
        setProblem(t("form.rateLimited"));
      } else {
        setProblem(t("form.networkError"));
      }
    } catch {
      setProblem(t("form.networkError"));
    } finally {
      // While the manage page loads the button stays disabled, so nobody submits twice.
      if (!leaving) setBusy(false);
    }
  }

  if (result) {
    return (
      <section className="card stack" aria-live="polite" data-testid="registration-result">
        <h2>{t("done.existingTitle")}</h2>
        <div className="notice">{t("done.existing")}</div>
      </section>
    );
  }

  const labels: Record<string, string> = {
    name: t("form.name"),
    email: t("form.email"),
    organisation: t("form.organisation"),
    jobTitle: t("form.jobTitle"),
    accessibilityNeeds: t("form.accessibilityNeeds"),
    dietaryRequirements: t("form.dietaryRequirements"),
    sessionIds: t("form.sessions"),
    ...Object.fromEntries(questions.map((q) => [`answers.${q.key}`, q.label])),
  };
  const err = (field: string) => errors[field];
  const describedBy = (id: string, hint = false) => [hint ? `${id}-hint` : "", errors[id.replace(/^field-/, "").replace(/-/g, ".")] ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;

  return (
    <form className="form card" onSubmit={submit} noValidate>
      <ErrorSummary title={t("form.errorSummary")} errors={errors} labels={labels} />
      {problem && (
        <div className="notice notice--error" role="alert">
          {problem}
        </div>
      )}
      <p className="small muted">{t("form.requiredNote")}</p>
      <fieldset className="form">
        <legend className="legend-heading">
          <h2 className="h3">{t("form.personal")}</h2>
        </legend>
        <Field id="field-name" label={t("form.name")} error={err("name")} required>
          <input id="field-name" name="name" type="text" autoComplete="name" required aria-invalid={err("name") ? true : undefined} aria-describedby={describedBy("field-name")} />
        </Field>
        <Field id="field-email" label={t("form.email")} error={err("email")} hint={t("form.emailHint")} required>
          <input
            id="field-email"
            name="email"
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={err("email") ? true : undefined}
            aria-describedby={describedBy("field-email", true)}
          />
        </Field>
        {BUILT_IN_FIELDS.some((f) => fields[f] !== "hidden") && (
          <div className="form-row">
            {BUILT_IN_FIELDS.filter((f) => fields[f] !== "hidden").map((f) => {
              const required = fields[f] === "required";
              return (
                <Field key={f} id={`field-${f}`} label={t(`form.${f}`)} optional={required ? undefined : t("form.optional")} required={required} error={err(f)}>
                  <input
                    id={`field-${f}`}
                    name={f}
                    type="text"
                    autoComplete={f === "organisation" ? "organization" : "organization-title"}
                    required={required}
                    aria-invalid={err(f) ? true : undefined}
                    aria-describedby={describedBy(`field-${f}`)}
                  />
                </Field>
              );
            })}
          </div>
        )}
      </fieldset>

      {questions.length > 0 && (
        <fieldset className="form">
          <legend className="legend-heading">
            <h2 className="h3">{t("form.questions")}</h2>
          </legend>
          {questions.map((q) => (
            <QuestionField key={q.key} question={q} value={answers[q.key]} error={err(`answers.${q.key}`)} optional={t("form.optional")} choose={t("form.choiceSelect")} onChange={(v) => setAnswers({ ...answers, [q.key]: v })} />
          ))}
        </fieldset>
      )}

      {sessions.length > 0 && (
        <div id="field-sessionIds" tabIndex={-1}>
          <SessionPicker legendHeading sessions={sessions} selected={selected} onChange={chooseSessions} error={Object.entries(errors).find(([k]) => k.startsWith("sessionIds"))?.[1]} />
        </div>
      )}

      <fieldset className="form">
        <legend className="legend-heading">
          <h2 className="h3">{t("form.needs")}</h2>
        </legend>
        <p className="hint">{t("form.needsHint")}</p>
        <Field id="field-accessibilityNeeds" label={t("form.accessibilityNeeds")} optional={t("form.optional")} error={err("accessibilityNeeds")}>
          <textarea id="field-accessibilityNeeds" name="accessibilityNeeds" rows={2} />
        </Field>
        <Field id="field-dietaryRequirements" label={t("form.dietaryRequirements")} optional={t("form.optional")} error={err("dietaryRequirements")}>
          <input id="field-dietaryRequirements" name="dietaryRequirements" type="text" />
        </Field>
      </fieldset>

      <div className="field">
        {err("consent") && (
          <p className="error" id="field-consent-error">
            {err("consent")}
          </p>
        )}
        <label className="check" htmlFor="field-consent">
          <input id="field-consent" name="consent" type="checkbox" required aria-invalid={err("consent") ? true : undefined} aria-describedby={err("consent") ? "field-consent-error" : undefined} />
          <span>
            {t.rich("form.consent", {
              link: (chunks) => (
                <Link href="/privacy" target="_blank">
                  {chunks}
                </Link>
              ),
            })}
            <RequiredMark />
          </span>
        </label>
      </div>
      <p>
        <button className="button" type="submit" disabled={busy}>
          {busy ? t("form.submitting") : t("form.submit")}
        </button>
      </p>
    </form>
  );
}

// Other forms (manage page, organiser's "add attendee") import the question field from here.
export { QuestionField };
