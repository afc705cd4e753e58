"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { webcalUrl } from "@/lib/calendar/links";

/** A new calendar subscription address: shown once here (only its hash is stored); older ones stop working. */
export function ResetFeedLink({ token }: { token: string }) {
  const t = useTranslations("links");
  const [feedUrl, setFeedUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  async function reset() {
    setBusy(true);
    const response = await fetch(`/api/registrations/${token}/feed`, { method: "POST" });
    const body = await response.json().catch(() => ({}));
    setBusy(false);
    setFailed(!response.ok);
    if (response.ok) setFeedUrl(body.feedUrl);
  }
  return (
    <div className="stack">
      <p className="small muted">{t("feedHint")}</p>
      {feedUrl ? (
        <div className="stack">
          <p className="notice notice--success" role="status">
            {t("feedReady")}
          </p>
          <p>
            <a className="button button--secondary" href={webcalUrl(feedUrl)}>
              {t("subscribe")}
            </a>
          </p>
          <label className="field">
            <span>{t("feedAddress")}</span>
            <input type="text" readOnly value={feedUrl} data-testid="feed-url" onFocus={(e) => e.currentTarget.select()} />
          </label>
        </div>
      ) : (
        <p>
          <button type="button" className="button button--secondary" onClick={reset} disabled={busy}>
            {t("resetFeed")}
          </button>
        </p>
      )}
      {failed && (
        <p className="notice notice--warning" role="alert">
          {t("failed")}
        </p>
      )}
    </div>
  );
}

/** Every other manage link of this registration stops working; the one in the address bar stays valid. */
export function RevokeOtherLinks({ token }: { token: string }) {
  const t = useTranslations("links");
  const [revoked, setRevoked] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  async function revoke() {
    setBusy(true);
    const response = await fetch(`/api/registrations/${token}/links`, { method: "DELETE" });
    const body = await response.json().catch(() => ({}));
    setBusy(false);
    setFailed(!response.ok);
    if (response.ok) setRevoked(body.revoked);
  }
  return (
    <div className="stack">
      <p className="small muted">{t("manageLinksHint")}</p>
      <p>
        <button type="button" className="button button--secondary" onClick={revoke} disabled={busy}>
          {t("revokeOthers")}
        </button>
      </p>
      {revoked !== null && (
        <p className="notice notice--success" role="status">
          {t("revoked", { count: revoked })}
        </p>
      )}
      {failed && (
        <p className="notice notice--warning" role="alert">
          {t("failed")}
        </p>
      )}
    </div>
  );
}
