"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Link } from "@/i18n/navigation";
import { ConfirmDialog } from "@/components/organiser/confirm-dialog";
import type { ActionResult } from "@/lib/action";
import type { SetConferenceStatusInput } from "@/lib/conferences/schema";
import type { SetConferenceStatusResult } from "@/lib/conferences/set-conference-status";
import { SectionNotice, useFailureText, type Notice } from "./form-bits";
import styles from "./settings.module.css";

type Status = "draft" | "published" | "archived";
type SetStatus = (input: SetConferenceStatusInput) => Promise<ActionResult<SetConferenceStatusResult>>;

const BADGE: Record<Status, string> = { draft: "badge badge--neutral", published: "badge badge--success", archived: "badge badge--warning" };

/** Publish, archive or withdraw; only the moves the rules allow are offered, the server checks again. */
export function StatusSection({ conferenceId, slug, status, registrations, action }: { conferenceId: string; slug: string; status: Status; registrations: number; action: SetStatus }) {
  const t = useTranslations("settings.status");
  const failureText = useFailureText();
  const [notice, setNotice] = useState<Notice>(null);
  const [pending, startTransition] = useTransition();

  const moves: { to: Status; label: string; secondary?: boolean }[] =
    status === "draft"
      ? [{ to: "published", label: t("publish") }]
      : status === "published"
        ? [{ to: "archived", label: t("archive"), secondary: true }, ...(registrations === 0 ? [{ to: "draft" as const, label: t("toDraft"), secondary: true }] : [])]
        : [{ to: "published", label: t("republish") }, ...(registrations === 0 ? [{ to: "draft" as const, label: t("toDraft"), secondary: true }] : [])];

  // Publishing makes the conference public and opens registration: asked once more, naming that.
  const [confirming, setConfirming] = useState<Status | null>(null);

  function change(to: Status) {
    setConfirming(null);
    setNotice(null);
    startTransition(async () => {
      const result = await action({ conferenceId, status: to });
      if (!result.ok) setNotice({ kind: "error", text: failureText(result) });
      else if (!result.data.ok) setNotice({ kind: "error", text: t(`refused.${result.data.reason}`) });
      else setNotice({ kind: "success", text: t(`changed.${to}`) });
    });
  }

  return (
    <section className={`card ${styles.section}`} aria-labelledby="status-heading">
      <h2 id="status-heading">{t("heading")}</h2>
      <p className={styles.statusLine}>
        {t("current")} <span className={BADGE[status]}>{t(status)}</span>
        {status !== "draft" && (
          <>
            {" · "}
            <Link href={`/conferences/${slug}`}>{t("publicPage")}</Link>
          </>
        )}
      </p>
      <p>{t(`explain.${status}`)}</p>
      {status !== "draft" && <p className="small muted">{t("registrations", { count: registrations })}</p>}
      <SectionNotice notice={notice} pending={pending} />
      <p className="button-row">
        {moves.map((m) => (
          <button key={m.to} type="button" className={m.secondary ? "button button--secondary" : "button"} disabled={pending} onClick={() => (m.to === "published" ? setConfirming(m.to) : change(m.to))}>
            {m.label}
          </button>
        ))}
      </p>
      <ConfirmDialog open={confirming !== null} title={t("confirm.title")} confirmLabel={t("confirm.yes")} cancelLabel={t("confirm.no")} onConfirm={() => change("published")} onCancel={() => setConfirming(null)}>
        <p>{t("confirm.public", { path: `/conferences/${slug}` })}</p>
        <p>{t("confirm.registration")}</p>
        <p className="muted">{t("confirm.drafts")}</p>
      </ConfirmDialog>
    </section>
  );
}
