"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action";
import type { ResendManageLinkResult } from "@/lib/attendees/resend-manage-link";
import { failureText, refusalText } from "./failure-text";
import { OutcomeNotice } from "./action-status";

type Resend = (input: { conferenceId: string; registrationId: string }) => Promise<ActionResult<ResendManageLinkResult>>;

/** "Send the link again": one button, the outcome announced next to it. */
export function ResendLinkButton({ conferenceId, registrationId, action }: { conferenceId: string; registrationId: string; action: Resend }) {
  const t = useTranslations("organiser");
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  function resend() {
    setMessage(null);
    startTransition(async () => {
      const result = await action({ conferenceId, registrationId });
      if (!result.ok) return setMessage({ ok: false, text: failureText(result, t) });
      if (!result.data.ok) return setMessage({ ok: false, text: refusalText(result.data.reason, t) });
      setMessage({ ok: true, text: t("attendee.resend.sent", { email: result.data.to }) });
      router.refresh();
    });
  }
  return (
    <div className="stack">
      <p>
        <button type="button" className="button button--secondary" onClick={resend} disabled={pending}>
          {pending ? t("attendee.resend.sending") : t("attendee.resend.button")}
        </button>
      </p>
      <OutcomeNotice message={message} />
    </div>
  );
}
