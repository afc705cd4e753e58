"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent, type InputHTMLAttributes } from "react";
import type { ActionResult } from "@/lib/action";
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from "@/lib/webhooks/events";

type CreateInput = { url: string; description?: string; events: WebhookEventType[]; enabled?: boolean };
type Props = { action: (input: CreateInput) => Promise<ActionResult<{ url: string; secret: string }>> };

/** Registers an endpoint; on success shows its signing secret once, until the organiser hides it. */
export function WebhookCreateForm({ action }: Props) {
  const t = useTranslations("webhooks");
  const [url, setUrl] = useState("");
  const [description, setDescription] = useState("");
  const [events, setEvents] = useState<WebhookEventType[]>([...WEBHOOK_EVENT_TYPES]);
  const [enabled, setEnabled] = useState(true);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [created, setCreated] = useState<{ url: string; secret: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    startTransition(async () => {
      const result = await action({ url, description, events, enabled });
      if (result.ok) {
        setErrors({});
        setCreated(result.data);
        setUrl("");
        setDescription("");
        return;
      }
      setErrors(result.fields ?? {});
      setFailure(result.code === "validation" ? null : t("errors.generic"));
    });
  }

  const urlError = errors.url ? (t.has(`errors.url.${errors.url}`) ? t(`errors.url.${errors.url}`) : t("errors.url.invalidUrl")) : null;
  const eventsError = Object.keys(errors).some((k) => k === "events" || k.startsWith("events.")) ? t("errors.events") : null;
  const descriptionError = errors.description ? t("errors.description") : null;
  const toggle = (type: WebhookEventType, on: boolean) => setEvents((list) => (on ? [...list, type] : list.filter((e) => e !== type)));

  return (
    <section className="card stack" aria-labelledby="webhook-create-title">
      <h2 id="webhook-create-title" className="h3">
        {t("create.title")}
      </h2>
      {created && (
        <div className="notice notice--success stack" role="status" data-testid="webhook-secret">
          <p>{t("create.created", { url: created.url })}</p>
          <p>
            <strong>{t("create.secretTitle")}:</strong> {t("create.secretOnce")}
          </p>
          <label htmlFor="webhook-secret" className="visually-hidden">
            {t("create.secretLabel", { url: created.url })}
          </label>
          <input id="webhook-secret" type="text" readOnly value={created.secret} className="webhook-secret" onFocus={(e) => e.currentTarget.select()} />
          <p>
            <button type="button" className="button button--secondary" onClick={() => setCreated(null)}>
              {t("create.done")}
            </button>
          </p>
        </div>
      )}
      {failure && (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      )}
      <form className="form" onSubmit={submit} noValidate>
        <HintedInput
          id="webhook-url"
          label={t("create.url")}
          hint={t("create.urlHint")}
          error={urlError}
          type="url"
          inputMode="url"
          autoComplete="off"
          placeholder="https://"
          value={url}
          maxLength={2000}
          onChange={(e) => setUrl(e.target.value)}
          required
        />
        <HintedInput
          id="webhook-description"
          label={t("create.description")}
          hint={t("create.descriptionHint")}
          error={descriptionError}
          type="text"
          value={description}
          maxLength={300}
          onChange={(e) => setDescription(e.target.value)}
        />
        <fieldset className="field webhook-events-field" aria-describedby={describedBy("webhook-events", eventsError)}>
          <legend>{t("create.events")}</legend>
          <HintAndError id="webhook-events" hint={t("create.eventsHint")} error={eventsError} />
          <div className="webhook-events">
            {WEBHOOK_EVENT_TYPES.map((type) => (
              <label key={type} className="check">
                <input type="checkbox" checked={events.includes(type)} onChange={(e) => toggle(type, e.target.checked)} />
                <span>
                  {t(`events.${type.replace(".", "_")}`)} <code className="muted small">{type}</code>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <label className="check">
          <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
          <span>{t("create.enabled")}</span>
        </label>
        <p>
          <button className="button" type="submit" disabled={pending}>
            {pending ? t("create.saving") : t("create.submit")}
          </button>
        </p>
      </form>
    </section>
  );
}

/** The ids a field's hint and (when refused) its error carry: `<id>-hint`, `<id>-error`. */
const describedBy = (id: string, error: string | null) => (error ? `${id}-hint ${id}-error` : `${id}-hint`);

function HintAndError({ id, hint, error }: { id: string; hint: string; error: string | null }) {
  return (
    <>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      {error && (
        <p className="error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </>
  );
}

/** A labelled input with its hint above it and, when refused, its error. */
function HintedInput({ id, label, hint, error, ...input }: { id: string; label: string; hint: string; error: string | null } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <HintAndError id={id} hint={hint} error={error} />
      <input id={id} {...input} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error)} />
    </div>
  );
}
