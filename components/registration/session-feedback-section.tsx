import { getLocale, getTranslations } from "next-intl/server";
import { feedbackFormFor } from "@/lib/feedback/queries";
import { formatDateTime, formatDayShort, formatTimeRange } from "@/lib/format/datetime";
import { SessionFeedbackForm } from "./session-feedback";

/** "Wie war es?": one rating per attended session on the manage page (anchor #feedback, linked from the thank-you mail). */
export async function SessionFeedbackSection({ token }: { token: string }) {
  const form = await feedbackFormFor(token);
  if (!form?.sessions.length) return null;
  const locale = await getLocale();
  const t = await getTranslations("dayOf.feedback");
  const tz = form.timeZone;
  return (
    <section id="feedback" className="card stack" aria-labelledby="feedback-heading" data-testid="session-feedback">
      <h2 id="feedback-heading" className="h3">
        {t("title")}
      </h2>
      <p className="muted">{t("hint")}</p>
      {form.sessions.map((s) => (
        <SessionFeedbackForm
          key={s.id}
          token={token}
          session={{
            id: s.id,
            title: s.title,
            when: `${formatDayShort(s.startsAt, tz, locale)}, ${formatTimeRange(s.startsAt, s.endsAt, tz, locale)}${s.room ? ` · ${s.room}` : ""}`,
            window: s.window,
            opensAt: formatDateTime(s.endsAt, tz, locale),
            editableUntil: formatDateTime(s.editableUntil, tz, locale),
            rating: s.rating,
            comment: s.comment,
          }}
        />
      ))}
    </section>
  );
}
