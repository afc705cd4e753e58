"use client";

import { useLocale } from "next-intl";
import { startTransition, useActionState, useEffect, useRef, type FormEvent, type ReactNode } from "react";
import { SectionNotice, type Notice } from "../section-notice";

/** What an administration action answers: a sentence in the reader's language, and for refused input one line per field. */
export type FormState = { ok: boolean; message: string; errors?: string[] } | null;
export type FormAction = (previous: FormState, form: FormData) => Promise<FormState>;

function notice(state: FormState): Notice {
  if (!state) return null;
  return state.ok ? { kind: "success", text: state.message } : { kind: "error", text: state.message, list: state.errors };
}

/**
 * A form posted to a server action, with its outcome announced next to it (status or alert).
 * Works without JavaScript too; the page's language travels along so answers come back in it.
 */
/** `submitContext`: what the button acts on (a person's address), read by screen readers after the visible label. */
export function ActionForm({ action, submitLabel, submitContext, submitClass = "button", className = "form", children }: { action: FormAction; submitLabel: string; submitContext?: string; submitClass?: string; className?: string; children?: ReactNode }) {
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, null);
  const form = useRef<HTMLFormElement>(null);
  // React resets a form after its action, also a refused one; submitting by hand keeps what was
  // typed until it is saved, then the form shows the saved values (or empties, for new entries).
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  return (
    <form ref={form} action={formAction} onSubmit={submit} className={className}>
      <input type="hidden" name="uiLocale" value={locale} />
      {children}
      <div>
        <button type="submit" className={submitClass} disabled={pending}>
          {submitLabel}
          {submitContext && <span className="visually-hidden"> – {submitContext}</span>}
        </button>
      </div>
      <SectionNotice notice={notice(state)} pending={pending} />
    </form>
  );
}
