"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action";
import type { ResendResult } from "@/lib/webhooks/resend-delivery";
import type { DeliveryView, EndpointView } from "./types";

type Props = { conferenceId: string; endpoint: EndpointView; resend: (input: { conferenceId: string; id: string }) => Promise<ActionResult<ResendResult>> };

const STATUS_BADGE = { pending: "badge--warning", sending: "badge--neutral", delivered: "badge--success", failed: "badge--danger" } as const;

/** The endpoint's recent deliveries with their last answer, each sendable again. */
export function WebhookDeliveries({ conferenceId, endpoint, resend }: Props) {
  const t = useTranslations("webhooks");
  const captionId = `webhook-deliveries-${endpoint.id}`;
  return (
    <section className="stack" aria-labelledby={captionId}>
      <h4 id={captionId} className="h4">
        {t("deliveries.title")}
        {endpoint.deliveryCount > endpoint.deliveries.length && <span className="muted small"> ({t("deliveries.shown", { shown: endpoint.deliveries.length, total: endpoint.deliveryCount })})</span>}
      </h4>
      {endpoint.deliveries.length === 0 ? (
        <p className="muted">{t("deliveries.none")}</p>
      ) : (
        <ul className="webhook-deliveries" data-testid="webhook-deliveries">
          {endpoint.deliveries.map((d) => (
            <DeliveryRow key={d.id} conferenceId={conferenceId} delivery={d} resend={resend} />
          ))}
        </ul>
      )}
    </section>
  );
}

function DeliveryRow({ conferenceId, delivery: d, resend }: { conferenceId: string; delivery: DeliveryView; resend: Props["resend"] }) {
  const t = useTranslations("webhooks");
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const event = t(`events.${d.type.replace(".", "_")}`);
  function again() {
    startTransition(async () => {
      const result = await resend({ conferenceId, id: d.id });
      if (result.ok && result.data.ok) setNote({ ok: true, text: t("deliveries.resent") });
      else setNote({ ok: false, text: result.ok && !result.data.ok ? t(`errors.resend.${result.data.reason}`) : t("errors.generic") });
    });
  }
  return (
    <li className="webhook-delivery" data-testid="webhook-delivery">
      <div className="webhook-delivery__main">
        <span className="webhook-delivery__event">{event}</span>
        <span className="muted small">
          {t("deliveries.at")} {d.at}
        </span>
      </div>
      <div className="webhook-delivery__state">
        <span className={`badge ${STATUS_BADGE[d.status]}`}>{t(`deliveries.statuses.${d.status}`)}</span>
        <span className="small">
          {t("deliveries.attempts")}: {d.attempts}
        </span>
        {d.nextAt && <span className="small muted">{t("deliveries.next", { at: d.nextAt })}</span>}
      </div>
      {d.attempts > 0 && (
        <div className="webhook-delivery__answer small">
          <span>{t("deliveries.response")}: </span>
          <strong>{d.lastStatus === null ? t("deliveries.noAnswer") : t("deliveries.httpStatus", { status: d.lastStatus })}</strong>
          {d.lastResponse && <code className="webhook-delivery__snippet">{d.lastResponse}</code>}
        </div>
      )}
      <div className="webhook-delivery__action">
        <button type="button" className="button button--secondary" onClick={again} disabled={pending || d.status === "sending"} aria-label={t("deliveries.resendLabel", { event, at: d.at })}>
          {t("deliveries.resend")}
        </button>
        {note && (
          <span className={note.ok ? "small" : "error small"} role={note.ok ? "status" : "alert"}>
            {note.text}
          </span>
        )}
      </div>
    </li>
  );
}
