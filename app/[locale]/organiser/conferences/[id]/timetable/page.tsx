import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConferenceNav } from "@/components/organiser/conference-nav";
import { conferenceHeadingValues } from "@/components/organiser/conference-heading";
import { TimetableBoard } from "@/components/organiser/timetable/timetable-board";
import { Link, redirect } from "@/i18n/navigation";
import { currentUser } from "@/lib/auth";
import { isAppError } from "@/lib/errors";
import { formatDayShort } from "@/lib/format/datetime";
import { loadTimetable } from "@/lib/sessions/timetable";
import { cancelSessionAction, createSessionAction, saveSessionAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false } };

export default async function TimetablePage({ params, searchParams }: PageProps<"/[locale]/organiser/conferences/[id]/timetable">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await currentUser();
  if (!user) return redirect({ href: "/signin", locale });
  const query = await searchParams;
  const timetable = await loadTimetable({ conferenceId: id, actor: { userId: user.id }, day: typeof query.day === "string" ? query.day : undefined }).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const t = await getTranslations("organiser.timetable");
  const dayLabel = (day: string) => formatDayShort(new Date(`${day}T12:00:00Z`), "UTC", locale);
  return (
    <div className="container container--wide stack">
      <ConferenceNav conferenceId={id} current="timetable" canManage={timetable.access.level === "manage"} canMessage={timetable.access.level !== "read"} />
      <h1>{t.rich("title", conferenceHeadingValues(timetable.conference, locale))}</h1>
      <p className="muted">{t("intro", { timeZone: timetable.conference.timeZone })}</p>
      <nav aria-label={t("days")}>
        <ul className="day-tabs">
          {timetable.days.map((day, i) => (
            <li key={day}>
              <Link href={`/organiser/conferences/${id}/timetable?day=${day}`} aria-current={day === timetable.day ? "page" : undefined}>
                {t("dayLabel", { n: i + 1 })} · {dayLabel(day)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <TimetableBoard
        key={timetable.day}
        timetable={{ ...timetable, dayLabels: Object.fromEntries(timetable.days.map((d, i) => [d, `${t("dayLabel", { n: i + 1 })} · ${dayLabel(d)}`])) }}
        actions={{ save: saveSessionAction, create: createSessionAction, cancel: cancelSessionAction }}
      />
    </div>
  );
}
