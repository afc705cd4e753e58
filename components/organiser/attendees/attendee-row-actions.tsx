"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action";
import type { PromoteAttendeeRefusal } from "@/lib/attendees/promote-attendee";
import type { Outcome } from "@/lib/outcome";
import { useAnnounce } from "./action-status";
import styles from "./attendees.module.css";
import { failureText, refusalText } from "./failure-text";

export type RowActions = {
  cancel: (input: { registrationId: string }) => Promise<ActionResult<{ alreadyCancelled: boolean }>>;
  promote: (input: { registrationId: string; sessionId?: string | null }) => Promise<ActionResult<Outcome<{ promoted: number }, PromoteAttendeeRefusal>>>;
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

  /** Runs an action; `outcome` words what came back (done, or a refusal the use case returned). */
  function run<T>(work: () => Promise<ActionResult<T>>, outcome: (data: T) => { ok: boolean; text: string }) {
    startTransition(async () => {
      const result = await work();
      setConfirming(false);
      const message = result.ok ? outcome(result.data) : { ok: false, text: failureText(result, t) };
      announce(message);
      if (message.ok) router.refresh();
    });
  }
  const promoted = (done: Outcome<{ promoted: number }, PromoteAttendeeRefusal>) => (done.ok ? { ok: true, text: t("attendees.promoted", { name }) } : { ok: false, text: refusalText(done.reason, t) });

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
              onClick={() => run(() => actions.cancel({ registrationId }), (d) => ({ ok: true, text: t(d.alreadyCancelled ? "attendees.alreadyCancelled" : "attendees.cancelled", { name }) }))}
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
              onClick={() => run(() => actions.promote({ registrationId, sessionId: promoteSession.id }), promoted)}
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
              onClick={() => run(() => actions.promote({ registrationId }), promoted)}
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
