"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { RetryEmailResult } from "@/lib/mail/retry-email";

export function RetryEmailButton({ emailId, action }: { emailId: string; action: (previous: RetryEmailResult | null, form: FormData) => Promise<RetryEmailResult> }) {
  const t = useTranslations("organiser.overview");
  const [state, formAction, pending] = useActionState(action, null);
  if (state?.ok) return <span role="status">{t("retried")}</span>;
  return (
    <form action={formAction}>
      <input type="hidden" name="emailId" value={emailId} />
      <button type="submit" className="button button--secondary" disabled={pending}>
        {t("retry")}
      </button>
      {state && !state.ok && <span className="error"> {state.message}</span>}
    </form>
  );
}
