"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useRouter } from "@/i18n/navigation";

/** Download of everything stored, and erasure with an explicit confirmation step. */
export function MyData({ token }: { token: string }) {
  const t = useTranslations("privacy.myData");
  const router = useRouter();
  const checkboxId = useId();
  const [confirming, setConfirming] = useState(false);
  const [sure, setSure] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  async function erase() {
    setBusy(true);
    setFailed(false);
    const response = await fetch(`/api/registrations/${token}/erase`, { method: "POST" }).catch(() => null);
    if (response?.ok) {
      router.replace("/manage/erased");
      return;
    }
    setBusy(false);
    setFailed(true);
  }

  return (
    <div className="stack">
      <p className="muted">{t("intro")}</p>
      <p>
        <a className="button button--secondary" href={`/api/registrations/${token}/export`} download>
          {t("download")}
        </a>
      </p>
      {confirming ? (
        <div className="notice notice--warning stack" role="group" aria-label={t("erase")}>
          <p>{t("eraseHint")}</p>
          <p className="check">
            <input id={checkboxId} type="checkbox" checked={sure} onChange={(e) => setSure(e.target.checked)} />
            <label htmlFor={checkboxId}>{t("eraseConfirmLabel")}</label>
          </p>
          <p className="button-row">
            <button type="button" className="button button--danger" onClick={erase} disabled={!sure || busy}>
              {busy ? t("erasing") : t("eraseConfirm")}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)} disabled={busy}>
              {t("eraseCancel")}
            </button>
          </p>
          {failed && (
            <p className="notice notice--error" role="alert">
              {t("failed")}
            </p>
          )}
        </div>
      ) : (
        <p>
          <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
            {t("erase")}
          </button>
        </p>
      )}
    </div>
  );
}
