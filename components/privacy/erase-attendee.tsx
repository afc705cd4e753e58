"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action";
import { useAnnounce } from "../organiser/attendees/action-status";
import styles from "../organiser/attendees/attendees.module.css";

type Props = {
  registrationId: string;
  name: string;
  erase: (input: { registrationId: string; reason: string }) => Promise<ActionResult<{ alreadyErased: boolean }>>;
};

/** "Daten löschen" in the attendee list: asks for the reason inline, then erases. */
export function EraseAttendee({ registrationId, name, erase }: Props) {
  const t = useTranslations("privacy.attendee");
  const te = useTranslations("organiser");
  const router = useRouter();
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [invalid, setInvalid] = useState(false);
  const [pending, startTransition] = useTransition();
  const ids = { title: useId(), reason: useId(), hint: useId(), error: useId() };

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (reason.trim().length < 3) {
      setInvalid(true);
      return;
    }
    startTransition(async () => {
      const result = await erase({ registrationId, reason });
      if (result.ok) {
        setOpen(false);
        announce({ ok: true, text: t("done") });
        router.refresh();
      } else if (result.code === "validation") setInvalid(true);
      else announce({ ok: false, text: te(`errors.${result.code}`) });
    });
  }

  if (!open) {
    return (
      <p className={styles.rowActions}>
        <button type="button" className={`button button--secondary ${styles.small}`} onClick={() => setOpen(true)}>
          {t("erase")}
          <span className="visually-hidden"> – {name}</span>
        </button>
      </p>
    );
  }
  return (
    <form role="group" aria-labelledby={ids.title} className={`${styles.confirm} stack`} onSubmit={submit}>
      <p id={ids.title}>
        <strong>{t("eraseTitle", { name })}</strong>
      </p>
      <p className="small">{t("eraseHint")}</p>
      <div className="field">
        <label htmlFor={ids.reason}>{t("reasonLabel")}</label>
        <input
          id={ids.reason}
          name="reason"
          value={reason}
          maxLength={500}
          autoFocus
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${ids.hint} ${ids.error}` : ids.hint}
          onChange={(e) => {
            setReason(e.target.value);
            setInvalid(false);
          }}
        />
        <p id={ids.hint} className="small muted">
          {t("reasonHint")}
        </p>
        {invalid && (
          <p id={ids.error} className="error" role="alert">
            {t("reasonRequired")}
          </p>
        )}
      </div>
      <p className={styles.rowActions}>
        <button type="submit" className={`button button--danger ${styles.small}`} disabled={pending}>
          {t("confirm")}
        </button>
        <button type="button" className={`button button--secondary ${styles.small}`} onClick={() => setOpen(false)}>
          {t("cancel")}
        </button>
      </p>
    </form>
  );
}
