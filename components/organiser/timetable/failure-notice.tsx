"use client";

import { useTranslations } from "next-intl";
import type { Conflict } from "@/lib/sessions/rules";
import type { TimetableFailure } from "./types";

/** Conflicts added with session details (who is double-booked, draft with registrations) are worded in the resources namespace. */
function conflictText(c: Conflict, t: ReturnType<typeof useTranslations<"organiser">>, tr: ReturnType<typeof useTranslations<"resources.conflicts">>) {
  switch (c.code) {
    case "speaker_busy":
      return c.speaker ? tr("speaker_busy", { speaker: c.speaker, other: c.other }) : t("timetable.conflicts.speaker_busy", { other: c.other, confirmed: 0 });
    case "draft_with_registrations":
      return tr("draft_with_registrations", { count: c.registrations });
    case "room_taken":
      return t("timetable.conflicts.room_taken", { other: c.other, confirmed: 0 });
    case "capacity_below_confirmed":
      return t("timetable.conflicts.capacity_below_confirmed", { other: "", confirmed: c.confirmed });
    default:
      return t(`timetable.conflicts.${c.code}`, { other: "", confirmed: 0 });
  }
}

export function FailureNotice({ failure }: { failure: TimetableFailure }) {
  const t = useTranslations("organiser");
  const tr = useTranslations("resources.conflicts");
  const conflicts = "reason" in failure ? failure.conflicts : [];
  return (
    <div className="notice notice--error" role="alert">
      <p>{t(`errors.${"reason" in failure ? "conflict" : failure.code}`)}</p>
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
