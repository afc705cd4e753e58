import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CheckInForm } from "@/components/organiser/check-in-form";
import styles from "@/components/organiser/attendees/attendees.module.css";
import { ConferenceNav } from "@/components/organiser/conference-nav";
import { ConferenceTitle } from "@/components/organiser/conference-heading";
import { redirect } from "@/i18n/navigation";
import { checkInStatus } from "@/lib/attendees/check-in";
import { currentUser } from "@/lib/auth";
import { isAppError } from "@/lib/errors";
import { formatDayShort, formatTimeRange } from "@/lib/format/datetime";
import { checkInAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false } };

export default async function CheckInPage({ params, searchParams }: PageProps<"/[locale]/organiser/conferences/[id]/check-in">) {
  const { locale, id } = await params;
  const { session: chosen } = await searchParams;
  setRequestLocale(locale);
  const user = await currentUser();
  if (!user) return redirect({ href: "/signin", locale });
  const status = await checkInStatus({ conferenceId: id, actor: { userId: user.id } }).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const t = await getTranslations("organiser.checkIn");
  return (
    <div className="container stack">
      <ConferenceNav conferenceId={id} current="checkIn" canManage={status.canCheckIn} />
      <div className={`stack ${styles.narrow}`}>
        <h1>
          {t("title")}: <ConferenceTitle conference={status} locale={locale} />
        </h1>
        <p className="muted">{t("hint")}</p>
        {status.mayCheckIn ? (
          <CheckInForm
            conferenceId={id}
            action={checkInAction}
            present={status.present}
            confirmed={status.confirmed}
            entrance={status.canCheckIn}
            initialSessionId={typeof chosen === "string" && status.sessions.some((s) => s.id === chosen) ? chosen : ""}
            sessions={status.sessions.map((s) => ({
              id: s.id,
              title: s.title,
              // Title first: a phone's select shows only the beginning.
              label: `${s.title} · ${formatDayShort(s.startsAt, status.timeZone, locale)}, ${formatTimeRange(s.startsAt, s.endsAt, status.timeZone, locale)}${s.room ? ` · ${s.room}` : ""}`,
              present: s.present,
              confirmed: s.confirmed,
            }))}
          />
        ) : (
          <p className="notice notice--warning" role="alert">
            {t("errors.forbidden")}
          </p>
        )}
      </div>
    </div>
  );
}
