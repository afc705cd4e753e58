"use client";

import { useTranslations } from "next-intl";
import type { ActionFailure } from "./types";

type Conflict = { code: string; other?: string; confirmed?: number; speaker?: string; registrations?: number };

/** Conflicts added with session details (who is double-booked, draft with registrations) are worded in the resources namespace. */
function conflictText(c: Conflict, t: ReturnType<typeof useTranslations<"organiser">>, tr: ReturnType<typeof useTranslations<"resources.conflicts">>) {
  if (c.code === "speaker_busy" && c.speaker) return tr("speaker_busy", { speaker: c.speaker, other: c.other ?? "" });
  if (c.code === "draft_with_registrations") return tr("draft_with_registrations", { count: c.registrations ?? 0 });
  return t(`timetable.conflicts.${c.code}`, { other: c.other ?? "", confirmed: c.confirmed ?? 0 });
}

export function FailureNotice({ failure }: { failure: ActionFailure }) {
  const t = useTranslations("organiser");
  const tr = useTranslations("resources.conflicts");
  const conflicts = (failure.details?.conflicts ?? []) as Conflict[];
  return (
    <div className="notice notice--error" role="alert">
      <p>{t(`errors.${failure.code}`)}</p>
      {conflicts.length > 0 && (
        <ul>
          {conflicts.map((c, i) => (
            <li key={i}>{conflictText(c, t, tr)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

