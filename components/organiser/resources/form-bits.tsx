"use client";

import { useTranslations } from "next-intl";
import type { ActionFailure } from "@/lib/action";
import styles from "./resources.module.css";

/** What a section last reported: a success line, or a refusal with an optional list (e.g. sessions a speaker is on). */
export type Notice = { kind: "success"; text: string } | { kind: "error"; text: string; list?: string[] };

/** Field errors of a refused save, as inline messages tied to their inputs (aria-describedby, aria-invalid). */
export function useFieldErrors(failure: ActionFailure | null, prefix: string) {
  const te = useTranslations("resources.fieldErrors");
  const id = (name: string) => `${prefix}-err-${name}`;
  return {
    error(name: string) {
      const code = failure?.fields?.[name];
      if (!code) return null;
      return (
        <span className="error" id={id(name)}>
          {te.has(code) ? te(code) : te("invalid")}
        </span>
      );
    },
    described(name: string, hintId?: string) {
      const invalid = Boolean(failure?.fields?.[name]);
      const ids = [invalid ? id(name) : null, hintId ?? null].filter(Boolean).join(" ");
      return { ...(invalid ? { "aria-invalid": true as const } : {}), ...(ids ? { "aria-describedby": ids } : {}) };
    },
  };
}

/** A section's live region: success as status, refusals as alert. */
export function SectionNotice({ notice, pending }: { notice: Notice | null; pending: boolean }) {
  const t = useTranslations("resources.common");
  return (
    <>
      <div aria-live="polite" aria-atomic="true">
        {pending && <p className="notice">{t("working")}</p>}
        {!pending && notice?.kind === "success" && (
          <p className="notice notice--success" role="status">
            {notice.text}
          </p>
        )}
      </div>
      {!pending && notice?.kind === "error" && (
        <div className="notice notice--error" role="alert">
          <p>{notice.text}</p>
          {notice.list && (
            <ul>
              {notice.list.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </>
  );
}

/** The general message for a failure without field errors; callers handle their own conflict reasons first. */
export function useFailureText() {
  const t = useTranslations("organiser.errors");
  return (failure: ActionFailure) => t(failure.code);
}

/** Up and down buttons for ordered lists; the labels name the item so screen reader users know which row moves. */
export function MoveButtons({ name, first, last, disabled, onMove }: { name: string; first: boolean; last: boolean; disabled: boolean; onMove: (direction: "up" | "down") => void }) {
  const t = useTranslations("resources.common");
  return (
    <span className={styles.move}>
      <button type="button" className={`button button--secondary ${styles.compact}`} aria-label={t("moveUp", { name })} disabled={disabled || first} onClick={() => onMove("up")}>
        ↑
      </button>
      <button type="button" className={`button button--secondary ${styles.compact}`} aria-label={t("moveDown", { name })} disabled={disabled || last} onClick={() => onMove("down")}>
        ↓
      </button>
    </span>
  );
}
