"use client";

import { useTranslations } from "next-intl";
import type { ActionFailure } from "@/lib/action";

export { SectionNotice, useFailureText, type Notice } from "../section-notice";

/**
 * Field errors of a refused save as inline messages tied to their inputs. Zod reports nested
 * paths ("details.slug", "question.options"), use cases plain names ("slug"); both land on the
 * same input. Counts the use case sent (sessions outside the days, confirmed registrations) go
 * into the message.
 */
export function useFieldErrors(failure: ActionFailure | null, prefix: string) {
  const text = useFieldErrorText();
  const code = (name: string) => failure?.fields?.[name] ?? failure?.fields?.[`details.${name}`] ?? failure?.fields?.[`question.${name}`];
  const id = (name: string) => `${prefix}-err-${name}`;
  return {
    code,
    error(name: string) {
      const c = code(name);
      if (!c) return null;
      return (
        <p className="error" id={id(name)}>
          {text(c, failure?.details)}
        </p>
      );
    },
    /** aria-invalid and aria-describedby for an input: its error (if any) and its hints. */
    described(name: string, ...hintIds: (string | null | undefined)[]) {
      const invalid = Boolean(code(name));
      const ids = [invalid ? id(name) : null, ...hintIds].filter(Boolean).join(" ");
      return { ...(invalid ? { "aria-invalid": true as const } : {}), ...(ids ? { "aria-describedby": ids } : {}) };
    },
  };
}

/** A field error code as a sentence; counts the use case sent (sessions outside the days, confirmed registrations, a host's sessions) go into it. */
export function useFieldErrorText() {
  const te = useTranslations("settings.fieldErrors");
  return (code: string, details?: Record<string, unknown>) => {
    const d = details ?? {};
    const value = code === "sessionsOutside" ? d.sessionsOutside : code === "capacityBelowConfirmed" ? d.confirmed : code === "hostHasSessions" ? d.sessions : 0;
    return te.has(code) ? te(code, { count: typeof value === "number" ? value : 0 }) : te("invalid");
  };
}
