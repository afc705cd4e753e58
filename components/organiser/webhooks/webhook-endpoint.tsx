"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action";
import type { ResendResult } from "@/lib/webhooks/resend-delivery";
import type { EndpointView } from "./types";
import { WebhookDeliveries } from "./webhook-deliveries";

type Props = {
  conferenceId: string;
  endpoint: EndpointView;
  setEnabled: (conferenceId: string, endpointId: string, input: { enabled: boolean }) => Promise<ActionResult<{ changed: boolean }>>;
  remove: (input: { conferenceId: string; id: string }) => Promise<ActionResult<{ url: string }>>;
  resend: (input: { conferenceId: string; id: string }) => Promise<ActionResult<ResendResult>>;
};

const STATE_BADGE = { active: "badge--success", off: "badge--neutral", failing: "badge--danger" } as const;

/** One endpoint: its state, events, switch on/off, delete (asks first), and its recent deliveries. */
export function WebhookEndpoint({ conferenceId, endpoint, setEnabled, remove, resend }: Props) {
  const t = useTranslations("webhooks");
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const headingId = `webhook-${endpoint.id}`;

  function toggle() {
    startTransition(async () => {
      const result = await setEnabled(conferenceId, endpoint.id, { enabled: !endpoint.enabled });
      setMessage(result.ok ? { ok: true, text: endpoint.enabled ? t("list.disabledNow") : t("list.enabledNow") } : { ok: false, text: t("errors.generic") });
    });
  }
  function confirmDelete() {
    startTransition(async () => {
      const result = await remove({ conferenceId, id: endpoint.id });
      if (!result.ok) setMessage({ ok: false, text: t("errors.generic") });
    });
  }

  return (
    <article className="card stack" aria-labelledby={headingId} data-testid="webhook-endpoint">
      <div className="webhook-head">
        <h3 id={headingId} className="h4 webhook-url">
          {endpoint.url}
        </h3>
        <span className={`badge ${STATE_BADGE[endpoint.state]}`}>{t(`list.state.${endpoint.state}`)}</span>
      </div>
      <p className={endpoint.description ? undefined : "muted"}>{endpoint.description || t("list.noDescription")}</p>
      {endpoint.state === "failing" && endpoint.disabledAt && <p className="notice notice--error">{t("list.disabledSince", { at: endpoint.disabledAt })}</p>}
      {endpoint.state === "active" && endpoint.failingSince && <p className="notice notice--warning">{t("list.failingSince", { at: endpoint.failingSince })}</p>}
      <div>
        <h4 className="small muted">{t("list.events")}</h4>
        <ul className="webhook-chips">
          {endpoint.events.map((type) => (
            <li key={type} className="badge badge--neutral">
              {t(`events.${type.replace(".", "_")}`)}
            </li>
          ))}
        </ul>
      </div>
      <div aria-live="polite">
        {message && (
          <p className={`notice ${message.ok ? "notice--success" : "notice--error"}`} role={message.ok ? "status" : "alert"}>
            {message.text}
          </p>
        )}
      </div>
      {confirming ? (
        <div className="notice notice--warning stack" role="group" aria-label={t("list.actionsFor", { url: endpoint.url })}>
          <p>{t("list.confirmDelete", { url: endpoint.url })}</p>
          <div className="button-row">
            <button type="button" className="button button--danger" onClick={confirmDelete} disabled={pending}>
              {t("list.confirm")}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {t("list.cancel")}
            </button>
          </div>
        </div>
      ) : (
        <div className="button-row" role="group" aria-label={t("list.actionsFor", { url: endpoint.url })}>
          <button type="button" className="button button--secondary" onClick={toggle} disabled={pending}>
            {endpoint.enabled ? t("list.disable") : t("list.enable")}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
            {t("list.delete")}
          </button>
        </div>
      )}
      <WebhookDeliveries conferenceId={conferenceId} endpoint={endpoint} resend={resend} />
    </article>
  );
}
