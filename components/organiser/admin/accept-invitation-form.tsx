"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import type { AcceptState } from "@/lib/hosts/accept-invitation";

/** The accept button of an invitation: a POST, so a mail scanner that opens the link accepts nothing. */
export function AcceptInvitationForm({ token, action }: { token: string; action: (previous: AcceptState, form: FormData) => Promise<AcceptState> }) {
  const t = useTranslations("admin.invite");
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="stack">
      <input type="hidden" name="uiLocale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <div>
        <button type="submit" className="button" disabled={pending}>
          {t("accept")}
        </button>
      </div>
      {state && (
        <p className="notice notice--error" role="alert">
          {t(state.reason)}
        </p>
      )}
    </form>
  );
}
