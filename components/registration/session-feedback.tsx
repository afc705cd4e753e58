"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { FeedbackWindow } from "@/lib/feedback/rules";
import styles from "./feedback.module.css";

export type FeedbackFormProps = {
  id: string;
  title: string;
  when: string;
  window: FeedbackWindow;
  /** Formatted in the conference's time zone. */
  opensAt: string;
  editableUntil: string;
  rating: number | null;
  comment: string | null;
};

/** One session's rating (1–5) and optional comment, sent to POST /api/registrations/{token}/feedback. */
export function SessionFeedbackForm({ token, session }: { token: string; session: FeedbackFormProps }) {
  const t = useTranslations("dayOf.feedback");
  const uid = useId();
  const [rating, setRating] = useState<number | null>(session.rating);
  const [comment, setComment] = useState(session.comment ?? "");
  const [saved, setSaved] = useState<number | null>(session.rating);
  const [state, setState] = useState<"idle" | "busy" | "saved" | "error" | "missing" | "refused">("idle");

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!rating) return setState("missing");
    setState("busy");
    const response = await fetch(`/api/registrations/${token}/feedback`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ sessionId: session.id, rating, comment }),
    }).catch(() => null);
    if (response?.ok) {
      setSaved(rating);
      setState("saved");
    } else setState(response?.status === 409 ? "refused" : "error");
  }

  const heading = (
    <h3 className="h4" id={`${uid}-title`}>
      {session.title} <span className="small muted">({session.when})</span>
    </h3>
  );
  if (session.window !== "open") {
    return (
      <div className={`stack ${styles.item}`} data-session-id={session.id}>
        {heading}
        <p className="small muted">
          {session.window === "not_ended" ? t("notEnded", { date: session.opensAt }) : saved ? t("closedWith", { rating: saved }) : t("closed")}
        </p>
      </div>
    );
  }
  return (
    <form className={`stack ${styles.item}`} onSubmit={submit} aria-labelledby={`${uid}-title`} data-session-id={session.id}>
      {heading}
      <fieldset>
        <legend className={styles.legend}>{t("rating")}</legend>
        <div className={styles.options}>
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className={styles.option}>
              <input type="radio" name={`${uid}-rating`} value={n} checked={rating === n} onChange={() => setRating(n)} />
              <span>{t(`stars.${n}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`${uid}-comment`}>{t("comment")}</label>
        <textarea id={`${uid}-comment`} rows={3} maxLength={2000} value={comment} onChange={(e) => setComment(e.target.value)} />
      </div>
      <p className="small muted">{t("editableUntil", { date: session.editableUntil })}</p>
      <p>
        <button type="submit" className="button" disabled={state === "busy"}>
          {saved ? t("update") : t("submit")}
        </button>
      </p>
      {state === "saved" && (
        <p className="notice notice--success" role="status">
          {t("saved")}
        </p>
      )}
      {(state === "error" || state === "missing" || state === "refused") && (
        <p className="notice notice--error" role="alert">
          {t(state === "missing" ? "missing" : state === "refused" ? "refused" : "failed")}
        </p>
      )}
    </form>
  );
}
