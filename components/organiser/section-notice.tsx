"use client";

import { useTranslations } from "next-intl";
import type { ActionFailure } from "@/lib/action";

/** The outcome a workspace form section announces: success, or a refusal with optional details (e.g. sessions still using a room). */
export type Notice = { kind: "success"; text: string } | { kind: "error"; text: string; list?: string[] } | null;

/** A section's live region: progress and success as status, refusals as alert. */
export function SectionNotice({ notice, pending }: { notice: Notice; pending: boolean }) {
  const t = useTranslations("organiser.common");
  return (
    <>
      <div aria-live="polite" aria-atomic="true">
        {pending && <p className="notice">{t("working")}</p>}
        {!pending && notice?.kind === "success" && (
          <p className="notice notice--success" role="status">
            {notice.text}
          </p>
        )}
      </div>
      {!pending && notice?.kind === "error" && (
        <div className="notice notice--error" role="alert">
          <p>{notice.text}</p>
          {notice.list && (
            <ul>
              {notice.list.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </>
  );
}

/** The general message for a failure without field errors; callers handle their own conflict reasons first. */
export function useFailureText() {
  const t = useTranslations("organiser.errors");
  return (failure: ActionFailure) => t(failure.code);
}
