"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionFailure, ActionResult } from "@/lib/action";
import { useFailureText, type Notice } from "../section-notice";
import styles from "./resources.module.css";

export { SectionNotice, useFailureText, type Notice } from "../section-notice";

/**
 * What the rooms, tracks and speakers sections share: which row is being edited, the last notice,
 * a refused form's field errors, and running an action with its announcement and a refresh.
 */
export function useResourceSection() {
  const failureText = useFailureText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [notice, setNotice] = useState<Notice>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ form: string; failure: ActionFailure } | null>(null);
  const [addKey, setAddKey] = useState(0);

  /** Saves form `form` (a row id, or "new"): a refusal marks its fields; a success closes the row or clears the add form. */
  function save<T>(form: string, run: () => Promise<ActionResult<T>>, success: (data: T) => string) {
    startTransition(async () => {
      const result = await run();
      if (!result.ok) {
        setFailure({ form, failure: result });
        setNotice({ kind: "error", text: failureText(result) });
        return;
      }
      setFailure(null);
      setNotice({ kind: "success", text: success(result.data) });
      if (form === "new") setAddKey((k) => k + 1);
      else setEditing(null);
      router.refresh();
    });
  }

  /** Runs a delete or move; `outcome` words its result (a success, or a refusal the use case returned), a failure gets the general text. */
  function act<T>(run: () => Promise<ActionResult<T>>, outcome: (data: T) => Exclude<Notice, null>) {
    startTransition(async () => {
      const result = await run();
      if (!result.ok) return setNotice({ kind: "error", text: failureText(result) });
      const notice = outcome(result.data);
      setNotice(notice);
      if (notice.kind === "success") router.refresh();
    });
  }

  return {
    pending,
    notice,
    editing,
    addKey,
    save,
    act,
    edit: (id: string) => setEditing(id),
    cancelEdit: () => {
      setEditing(null);
      setFailure(null);
    },
    formFailure: (form: string) => (failure?.form === form ? failure.failure : null),
  };
}

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
