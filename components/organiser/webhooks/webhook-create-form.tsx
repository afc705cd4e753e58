"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
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
        <div className="field">
          <label htmlFor="webhook-url">{t("create.url")}</label>
          <p className="hint" id="webhook-url-hint">
            {t("create.urlHint")}
          </p>
          {urlError && (
            <p className="error" id="webhook-url-error">
              {urlError}
            </p>
          )}
          <input
            id="webhook-url"
            type="url"
            inputMode="url"
            autoComplete="off"
            placeholder="https://"
            value={url}
            maxLength={2000}
            onChange={(e) => setUrl(e.target.value)}
            required
            aria-invalid={urlError ? true : undefined}
            aria-describedby={["webhook-url-hint", urlError ? "webhook-url-error" : ""].filter(Boolean).join(" ")}
          />
        </div>
        <div className="field">
          <label htmlFor="webhook-description">{t("create.description")}</label>
          <p className="hint" id="webhook-description-hint">
            {t("create.descriptionHint")}
          </p>
          {descriptionError && (
            <p className="error" id="webhook-description-error">
              {descriptionError}
            </p>
          )}
          <input
            id="webhook-description"
            type="text"
            value={description}
            maxLength={300}
            onChange={(e) => setDescription(e.target.value)}
            aria-invalid={descriptionError ? true : undefined}
            aria-describedby={["webhook-description-hint", descriptionError ? "webhook-description-error" : ""].filter(Boolean).join(" ")}
          />
        </div>
        <fieldset className="field webhook-events-field" aria-describedby={["webhook-events-hint", eventsError ? "webhook-events-error" : ""].filter(Boolean).join(" ")}>
          <legend>{t("create.events")}</legend>
          <p className="hint" id="webhook-events-hint">
            {t("create.eventsHint")}
          </p>
          {eventsError && (
            <p className="error" id="webhook-events-error">
              {eventsError}
            </p>
          )}
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
