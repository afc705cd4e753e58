import type { ActionFailure } from "@/lib/action";

type Translate = (key: string, values?: Record<string, string | number>) => string;
type Has = (key: string) => boolean;

/**
 * A refused action as one sentence in the UI language: the conflict's reason when we know it
 * (seat taken, no longer waiting), else the generic text for the error code.
 */
export function failureText(failure: ActionFailure, t: Translate & { has: Has }): string {
  const reason = typeof failure.details?.reason === "string" ? failure.details.reason : null;
  if (failure.code === "conflict" && reason && t.has(`attendees.conflicts.${reason}`)) return t(`attendees.conflicts.${reason}`);
  return t(`errors.${failure.code}`);
}
