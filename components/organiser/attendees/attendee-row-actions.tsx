"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action";
import { useAnnounce } from "./action-status";
import styles from "./attendees.module.css";
import { failureText } from "./failure-text";

export type RowActions = {
  cancel: (input: { registrationId: string }) => Promise<ActionResult<{ alreadyCancelled: boolean }>>;
  promote: (input: { registrationId: string; sessionId?: string | null }) => Promise<ActionResult<{ promoted: number }>>;
};

type Props = {
  registrationId: string;
  name: string;
  canCancel: boolean;
  /** Offer "confirm" from the conference's waiting list. */
  canPromote: boolean;
  /** Offer a seat in this session (the row is on its waiting list and the user may manage it). */
  promoteSession: { id: string; title: string } | null;
  actions: RowActions;
};

/**
 * Per-attendee actions in the list. Cancelling asks first, inline (no modal, so focus stays in the
 * row); the outcome is announced above the list (ActionStatus) and the list reloads.
 */
export function AttendeeRowActions({ registrationId, name, canCancel, canPromote, promoteSession, actions }: Props) {
  const t = useTranslations("organiser");
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const announce = useAnnounce();
  const [pending, startTransition] = useTransition();
  const questionId = useId();

  function run<T>(work: () => Promise<ActionResult<T>>, success: (data: T) => string) {
    startTransition(async () => {
      const result = await work();
      setConfirming(false);
      announce(result.ok ? { ok: true, text: success(result.data) } : { ok: false, text: failureText(result, t) });
      if (result.ok) router.refresh();
    });
  }

  if (!canCancel && !canPromote && !promoteSession) return null;
  return (
    <div>
      {confirming ? (
        <div role="group" aria-labelledby={questionId} className={styles.confirm}>
          <p id={questionId}>
            {t("attendees.cancelConfirm", { name })}
          </p>
          <p className={styles.rowActions}>
            <button
              type="button"
              className={`button button--danger ${styles.small}`}
              disabled={pending}
              onClick={() => run(() => actions.cancel({ registrationId }), (d) => t(d.alreadyCancelled ? "attendees.alreadyCancelled" : "attendees.cancelled", { name }))}
            >
              {t("attendees.cancelYes")}
            </button>
            <button type="button" className={`button button--secondary ${styles.small}`} onClick={() => setConfirming(false)} autoFocus>
              {t("attendees.cancelNo")}
            </button>
          </p>
        </div>
      ) : (
        <p className={styles.rowActions}>
          {promoteSession && (
            <button
              type="button"
              className={`button ${styles.small}`}
              disabled={pending}
              onClick={() => run(() => actions.promote({ registrationId, sessionId: promoteSession.id }), () => t("attendees.promoted", { name }))}
            >
              {t("attendees.promoteSession")}
              <span className="visually-hidden"> – {name}</span>
            </button>
          )}
          {canPromote && (
            <button
              type="button"
              className={`button ${styles.small}`}
              disabled={pending}
              onClick={() => run(() => actions.promote({ registrationId }), () => t("attendees.promoted", { name }))}
            >
              {t("attendees.promote")}
              <span className="visually-hidden"> – {name}</span>
            </button>
          )}
          {canCancel && (
            <button type="button" className={`button button--secondary ${styles.small}`} disabled={pending} onClick={() => setConfirming(true)}>
              {t("attendees.cancel")}
              <span className="visually-hidden"> – {name}</span>
            </button>
          )}
        </p>
      )}
    </div>
  );
}
