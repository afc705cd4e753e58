import { getTranslations } from "next-intl/server";
import { OrgTabs } from "./org-tabs";

type Section = "timetable" | "attendees" | "checkIn" | "broadcast" | "audit" | "settings" | "resources" | "reminders" | "feedback" | "webhooks";

/**
 * Tabs of one conference in the organiser workspace.
 * `canMessage`: partner editors may write to their own sessions' attendees without managing the conference.
 */
export async function ConferenceNav({ conferenceId, current, canManage, canMessage = canManage }: { conferenceId: string; current: Section; canManage: boolean; canMessage?: boolean }) {
  const t = await getTranslations("organiser.nav");
  const tabs: { key: Section; href: string; show: boolean }[] = [
    { key: "timetable", href: `/organiser/conferences/${conferenceId}/timetable`, show: true },
    { key: "attendees", href: `/organiser/conferences/${conferenceId}/attendees`, show: true },
    { key: "checkIn", href: `/organiser/conferences/${conferenceId}/check-in`, show: canManage },
    { key: "broadcast", href: `/organiser/conferences/${conferenceId}/broadcast`, show: canMessage },
    { key: "reminders", href: `/organiser/conferences/${conferenceId}/reminders`, show: canManage },
    { key: "feedback", href: `/organiser/conferences/${conferenceId}/feedback`, show: true },
    { key: "resources", href: `/organiser/conferences/${conferenceId}/resources`, show: canManage },
    { key: "settings", href: `/organiser/conferences/${conferenceId}/settings`, show: canManage },
    { key: "webhooks", href: `/organiser/conferences/${conferenceId}/webhooks`, show: canManage },
    { key: "audit", href: `/organiser/conferences/${conferenceId}/audit`, show: true },
  ];
  return <OrgTabs label={t("label")} backLabel={t("workspace")} tabs={tabs.map((tab) => ({ ...tab, label: t(tab.key) }))} current={current} />;
}
