"use client";

import { useLocale, useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { SectionNotice } from "../section-notice";

/** The creation's outcome: on success the secret, shown here once and never again. */
export type CreateTokenState = { ok: boolean; message: string; errors?: string[]; secret?: string } | null;

type Conference = { id: string; title: string; dates: string };

/** Name, rights and conferences of a new API token; after creating, the token itself with a copy button. */
export function CreateTokenForm({ hostId, conferences, action }: { hostId: string; conferences: Conference[]; action: (previous: CreateTokenState, form: FormData) => Promise<CreateTokenState> }) {
  const t = useTranslations("integrations.tokens");
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, null);
  const [copied, setCopied] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setCopied(false);
    startTransition(() => formAction(data));
  };
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  const copy = async () => {
    if (!state?.secret) return;
    await navigator.clipboard.writeText(state.secret);
    setCopied(true);
  };
  return (
    <>
      <form ref={form} action={formAction} onSubmit={submit} className="form">
        <input type="hidden" name="uiLocale" value={locale} />
        <input type="hidden" name="hostId" value={hostId} />
        <div className="field">
          <label htmlFor="token-name">{t("name")}</label>
          <input id="token-name" name="name" type="text" required maxLength={100} autoComplete="off" aria-describedby="token-name-hint" />
          <p className="hint" id="token-name-hint">
            {t("nameHint")}
          </p>
        </div>
        <fieldset className="field">
          <legend>{t("rights")}</legend>
          <label className="check">
            <input type="radio" name="rights" value="read" defaultChecked /> <span>{t("rightsRead")}</span>
          </label>
          <label className="check">
            <input type="radio" name="rights" value="write" /> <span>{t("rightsWrite")}</span>
          </label>
        </fieldset>
        <fieldset className="field" aria-describedby="token-conferences-hint">
          <legend>{t("conferences")}</legend>
          <p className="hint" id="token-conferences-hint">
            {t("conferencesHint")}
          </p>
          <ul className="check-list">
            {conferences.map((c) => (
              <li key={c.id}>
                <label className="check">
                  <input type="checkbox" name="conferenceIds" value={c.id} />{" "}
                  <span>
                    {c.title} <span className="small muted">({c.dates})</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <div>
          <button type="submit" className="button" disabled={pending}>
            {t("submit")}
          </button>
        </div>
        <SectionNotice notice={state ? (state.ok ? { kind: "success", text: state.message } : { kind: "error", text: state.message, list: state.errors }) : null} pending={pending} />
      </form>
      {!pending && state?.secret && (
        <div className="card stack" data-testid="new-token">
          <p id="new-token-label">
            <strong>{t("secretLabel")}</strong>
          </p>
          <p className="api-secret">
            <code>{state.secret}</code>
          </p>
          <p>
            <button type="button" className="button button--secondary" onClick={copy}>
              {copied ? t("copied") : t("copy")}
            </button>
          </p>
        </div>
      )}
    </>
  );
}
