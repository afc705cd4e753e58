"use client";

import { useTranslations } from "next-intl";
import type { ActionFailure } from "@/lib/action";

export { SectionNotice, useFailureText, type Notice } from "../section-notice";
import styles from "./resources.module.css";

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

/** The last cell of a room, track or speaker row: edit and delete, named for screen readers. */
export function RowActions({ name, disabled, onEdit, onDelete }: { name: string; disabled: boolean; onEdit: () => void; onDelete: () => void }) {
  const tc = useTranslations("resources.common");
  return (
    <td className={styles.actionsCell}>
      <span className={styles.actions}>
        <button type="button" className={`button button--secondary ${styles.compact}`} aria-label={tc("editLabel", { name })} onClick={onEdit} disabled={disabled}>
          {tc("edit")}
        </button>
        <button type="button" className={`button button--secondary ${styles.compact}`} aria-label={tc("deleteLabel", { name })} onClick={onDelete} disabled={disabled}>
          {tc("delete")}
        </button>
      </span>
    </td>
  );
}
