import type { ActionFailure } from "@/lib/action";

type Translate = (key: string, values?: Record<string, string | number>) => string;
type Has = (key: string) => boolean;

/**
 * A refused action as one sentence in the UI language: the conflict's reason when we know it
 * (seat taken, no longer waiting), else the generic text for the error code.
 */
export function failureText(failure: ActionFailure, t: Translate & { has: Has }): string {
  const reason = typeof failure.details?.reason === "string" ? failure.details.reason : null;
  if (failure.code === "conflict" && reason) return refusalText(reason, t);
  return t(`errors.${failure.code}`);
}

/** A refusal the use case returned (lib/outcome.ts): its own sentence when there is one, else the general conflict text. */
export function refusalText(reason: string, t: Translate & { has: Has }): string {
  return t.has(`attendees.conflicts.${reason}`) ? t(`attendees.conflicts.${reason}`) : t("errors.conflict");
}
