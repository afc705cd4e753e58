import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConferenceNav } from "@/components/organiser/conference-nav";
import { conferenceHeadingValues } from "@/components/organiser/conference-heading";
import { FeedbackResults } from "@/components/organiser/feedback-results";
import { redirect } from "@/i18n/navigation";
import { currentUser } from "@/lib/auth";
import { isAppError } from "@/lib/errors";
import { feedbackResults } from "@/lib/feedback/feedback-results";
import { formatDayShort, formatTimeRange } from "@/lib/format/datetime";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false } };

export default async function FeedbackPage({ params }: PageProps<"/[locale]/organiser/conferences/[id]/feedback">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await currentUser();
  if (!user) return redirect({ href: "/signin", locale });
  const data = await feedbackResults({ conferenceId: id, actor: { userId: user.id } }).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const t = await getTranslations("dayOf.results");
  const tz = data.conference.timeZone;
  return (
    <div className="container stack">
      <ConferenceNav conferenceId={id} current="feedback" canManage={data.canManage} />
      <h1>{t.rich("title", conferenceHeadingValues(data.conference, locale))}</h1>
      <p className="muted">{data.wholeConference ? t("intro") : t("introPartner")}</p>
      <FeedbackResults
        sessions={data.sessions.map((s) => ({
          id: s.id,
          title: s.title,
          when: `${formatDayShort(s.startsAt, tz, locale)}, ${formatTimeRange(s.startsAt, s.endsAt, tz, locale)}${s.room ? ` · ${s.room}` : ""}`,
          hostName: s.hostName,
          count: s.count,
          average: s.average === null ? null : s.average.toLocaleString(locale === "en" ? "en-GB" : "de-DE", { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
          distribution: s.distribution,
          comments: s.comments,
        }))}
      />
    </div>
  );
}
