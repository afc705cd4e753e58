"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import type { CheckInResult } from "@/app/[locale]/organiser/conferences/[id]/check-in/actions";

/** Type or scan (a QR scanner types the code and Enter) the check-in code; large targets for phones. */
export function CheckInForm({ conferenceId, action, present, confirmed }: { conferenceId: string; action: (p: CheckInResult | null, f: FormData) => Promise<CheckInResult>; present: number; confirmed: number }) {
  const t = useTranslations("organiser.checkIn");
  const [state, formAction, pending] = useActionState(action, null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (input.current) {
      input.current.value = "";
      input.current.focus();
    }
  }, [state]);
  const counts = state?.ok ? state : { present, confirmed };
  return (
    <div className="stack">
      <p className="check-in-counts" aria-live="polite" data-testid="check-in-counts">
        {t("counts", { present: counts.present, confirmed: counts.confirmed })}
      </p>
      <form action={formAction} className="form card">
        <input type="hidden" name="conferenceId" value={conferenceId} />
        <div className="field">
          <label htmlFor="check-in-code">{t("code")}</label>
          <input ref={input} id="check-in-code" name="code" type="text" inputMode="text" autoCapitalize="characters" autoComplete="off" required className="check-in-input" />
        </div>
        <p>
          <button className="button" type="submit" disabled={pending}>
            {t("submit")}
          </button>
        </p>
      </form>
      {state && (
        <div role="status" className={state.ok ? (state.already ? "notice notice--warning" : "notice notice--success") : "notice notice--error"}>
          {state.ok ? (state.already ? t("already", { name: state.name }) : t("welcome", { name: state.name })) : t(`errors.${state.message}`)}
        </div>
      )}
    </div>
  );
}
