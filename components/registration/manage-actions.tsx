"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { PickerSession } from "@/lib/registrations/form-data";
import { SessionPicker } from "./session-picker";

async function call(url: string, method: "PATCH" | "DELETE", body?: unknown) {
  const response = await fetch(url, { method, headers: { "content-type": "application/json" }, body: body ? JSON.stringify(body) : undefined });
  return { status: response.status, body: await response.json().catch(() => ({})) };
}

export function ManageSessions({ token, sessions, current }: { token: string; sessions: PickerSession[]; current: string[] }) {
  const t = useTranslations("registration");
  const locale = useLocale();
  const router = useRouter();
  const [selected, setSelected] = useState(current);
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  async function save() {
    setBusy(true);
    setSaved(false);
    const result = await call(`/api/registrations/${token}`, "PATCH", { sessionIds: selected, locale });
    setBusy(false);
    if (result.status === 200) {
      setError(undefined);
      setSaved(true);
      router.refresh();
    } else {
      const errors = (result.body.errors ?? {}) as Record<string, string>;
      setError(Object.values(errors)[0] ?? result.body.message ?? t("form.networkError"));
    }
  }
  return (
    <div className="stack">
      <SessionPicker sessions={sessions} selected={selected} onChange={setSelected} error={error} />
      {saved && (
        <p className="notice notice--success" role="status">
          {t("manage.saved")}
        </p>
      )}
      <p>
        <button type="button" className="button" onClick={save} disabled={busy}>
          {t("manage.save")}
        </button>
      </p>
    </div>
  );
}

export function CancelRegistration({ token }: { token: string }) {
  const t = useTranslations("registration.manage");
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  async function cancel() {
    setBusy(true);
    const result = await call(`/api/registrations/${token}`, "DELETE");
    setBusy(false);
    if (result.status === 200) router.refresh();
  }
  return (
    <div className="stack">
      <p className="muted">{t("cancelHint")}</p>
      {confirming ? (
        <p>
          <button type="button" className="button button--danger" onClick={cancel} disabled={busy}>
            {t("cancelConfirm")}
          </button>
        </p>
      ) : (
        <p>
          <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
            {t("cancel")}
          </button>
        </p>
      )}
    </div>
  );
}

export function LostLinkForm() {
  const t = useTranslations("registration.lostLink");
  const locale = useLocale();
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | undefined>();
  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "");
    const response = await fetch("/api/registrations/manage-link", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, locale }) });
    const body = await response.json().catch(() => ({}));
    if (response.status === 202) setSent(true);
    else setError(body.errors?.email ?? body.message);
  }
  if (sent) {
    return (
      <p className="notice notice--success" role="status">
        {t("sent")}
      </p>
    );
  }
  return (
    <form className="form card" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor="lost-email">{t("email")}</label>
        {error && (
          <p className="error" id="lost-email-error">
            {error}
          </p>
        )}
        <input id="lost-email" name="email" type="email" autoComplete="email" required aria-invalid={error ? true : undefined} aria-describedby={error ? "lost-email-error" : undefined} />
      </div>
      <p>
        <button className="button" type="submit">
          {t("submit")}
        </button>
      </p>
    </form>
  );
}
