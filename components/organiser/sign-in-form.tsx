"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("organiser.signIn");
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    const email = String(new FormData(event.currentTarget).get("email") ?? "");
    await signIn("email", { email, callbackUrl, redirect: false });
    setBusy(false);
    setSent(true);
  }
  if (sent) {
    return (
      <p className="notice notice--success" role="status">
        {t("sent")}
      </p>
    );
  }
  return (
    <form className="form card" onSubmit={submit}>
      <div className="field">
        <label htmlFor="signin-email">{t("email")}</label>
        <input id="signin-email" name="email" type="email" autoComplete="email" required />
      </div>
      <p>
        <button className="button" type="submit" disabled={busy}>
          {t("submit")}
        </button>
      </p>
    </form>
  );
}
