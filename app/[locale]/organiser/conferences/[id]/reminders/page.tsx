import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConferenceNav } from "@/components/organiser/conference-nav";
import { conferenceHeadingValues } from "@/components/organiser/conference-heading";
import { ReminderEditor } from "@/components/organiser/reminders/reminder-editor";
import { ReminderPreview } from "@/components/organiser/reminders/reminder-preview";
import { redirect } from "@/i18n/navigation";
import { currentUser } from "@/lib/auth";
import { isAppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format/datetime";
import { listReminders } from "@/lib/reminders/list-reminders";
import { HOURS_BEFORE_CHOICES, offsetParts } from "@/lib/reminders/rules";
import { previewReminderAction, removeReminderAction, saveReminderAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false } };

export default async function RemindersPage({ params }: PageProps<"/[locale]/organiser/conferences/[id]/reminders">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await currentUser();
  if (!user) return redirect({ href: "/signin", locale });
  const data = await listReminders({ conferenceId: id, actor: { userId: user.id } }).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const t = await getTranslations("dayOf.reminders");
  const offsetLabel = (hours: number) => {
    const { unit, count } = offsetParts(hours);
    return t(`offset.${unit}`, { count });
  };
  const choices = (current?: number) => [...new Set([...HOURS_BEFORE_CHOICES, ...(current ? [current] : [])])].sort((a, b) => a - b).map((hours) => ({ hours, label: offsetLabel(hours) }));
  const now = new Date();
  return (
    <div className="container stack">
      <ConferenceNav conferenceId={id} current="reminders" canManage={data.canManage} />
      <h1>{t.rich("title", conferenceHeadingValues(data.conference, locale))}</h1>
      <p className="muted">{t("intro")}</p>
      {data.reminders.length === 0 && <p className="notice">{t("none")}</p>}
      {data.reminders.map((r) => (
        <section key={r.id} className="card stack" aria-labelledby={`reminder-${r.id}`} data-testid="reminder">
          <h2 id={`reminder-${r.id}`} className="h3">
            {offsetLabel(r.hoursBefore)}
          </h2>
          <p>
            {t("sendAt", { date: formatDateTime(r.sendAt, data.conference.timeZone, locale) })} ·{" "}
            {r.sent ? t("sent", { count: r.sent }) : r.sendAt <= now ? t("dueNow") : t("notYet")}
          </p>
          {data.canManage && (
            <ReminderEditor
              conferenceId={id}
              reminder={{ id: r.id, hoursBefore: r.hoursBefore, extraTextDe: r.extraTextDe ?? "", extraTextEn: r.extraTextEn ?? "" }}
              choices={choices(r.hoursBefore)}
              save={saveReminderAction}
              remove={removeReminderAction}
            />
          )}
          <ReminderPreview conferenceId={id} reminderId={r.id} preview={previewReminderAction} />
        </section>
      ))}
      {data.canManage && (
        <section className="card stack" aria-labelledby="reminder-new">
          <h2 id="reminder-new" className="h3">
            {t("add")}
          </h2>
          <ReminderEditor conferenceId={id} reminder={null} choices={choices()} save={saveReminderAction} remove={removeReminderAction} />
        </section>
      )}
    </div>
  );
}
