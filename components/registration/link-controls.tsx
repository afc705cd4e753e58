"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";

/** One button's request to the registration's API: busy while it runs, failed when refused; resolves to the answer's body, or null. */
function useLinkRequest<T>(url: string, method: "POST" | "DELETE") {
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  async function send(): Promise<T | null> {
    setBusy(true);
    const response = await fetch(url, { method });
    const body = await response.json().catch(() => ({}));
    setBusy(false);
    setFailed(!response.ok);
    return response.ok ? (body as T) : null;
  }
  return { busy, failed, send };
}

/** The button that sends a link request, what it answered (`children`), and a warning when it was refused. */
function RequestButton({ label, onClick, busy, failed, children }: { label: string; onClick: () => void; busy: boolean; failed: boolean; children?: ReactNode }) {
  const t = useTranslations("links");
  return (
    <>
      <p>
        <button type="button" className="button button--secondary" onClick={onClick} disabled={busy}>
          {label}
        </button>
      </p>
      {children}
      {failed && (
        <p className="notice notice--warning" role="alert">
          {t("failed")}
        </p>
      )}
    </>
  );
}

/**
 * A new calendar subscription address (only its hash is stored, so it is shown once); older ones
 * stop working. The caller shows the address: `onCreated` receives it.
 */
export function ResetFeedLink({ token, onCreated, known }: { token: string; onCreated: (feedUrl: string) => void; known: boolean }) {
  const t = useTranslations("links");
  const [ready, setReady] = useState(false);
  const { busy, failed, send } = useLinkRequest<{ feedUrl: string }>(`/api/registrations/${token}/feed`, "POST");
  async function reset() {
    setReady(false);
    const body = await send();
    if (body) {
      onCreated(body.feedUrl);
      setReady(true);
    }
  }
  return (
    <div className="stack">
      <p className="small muted">{t(known ? "feedResetHint" : "feedHint")}</p>
      {ready && (
        <p className="notice notice--success" role="status">
          {t("feedReady")}
        </p>
      )}
      <RequestButton label={t("resetFeed")} onClick={reset} busy={busy} failed={failed} />
    </div>
  );
}

/** This page's own address: the personal link to come back to (also in the confirmation email). */
export function ThisManageLink({ url }: { url: string }) {
  const t = useTranslations("links");
  return (
    <div className="field manage-link-field">
      <label htmlFor="manage-url">{t("thisLink")}</label>
      <p className="hint" id="manage-url-hint">
        {t("thisLinkHint")}
      </p>
      <input id="manage-url" type="text" readOnly value={url} aria-describedby="manage-url-hint" data-testid="manage-url" onFocus={(e) => e.currentTarget.select()} />
    </div>
  );
}

/** Every other manage link of this registration stops working; the one in the address bar stays valid. */
export function RevokeOtherLinks({ token }: { token: string }) {
  const t = useTranslations("links");
  const [revoked, setRevoked] = useState<number | null>(null);
  const { busy, failed, send } = useLinkRequest<{ revoked: number }>(`/api/registrations/${token}/links`, "DELETE");
  async function revoke() {
    const body = await send();
    if (body) setRevoked(body.revoked);
  }
  return (
    <div className="stack">
      <p className="small muted">{t("manageLinksHint")}</p>
      <RequestButton label={t("revokeOthers")} onClick={revoke} busy={busy} failed={failed}>
        {revoked !== null && (
          <p className="notice notice--success" role="status">
            {t("revoked", { count: revoked })}
          </p>
        )}
      </RequestButton>
    </div>
  );
}
