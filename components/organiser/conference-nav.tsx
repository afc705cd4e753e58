import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

type Section = "timetable" | "attendees" | "checkIn" | "broadcast" | "audit" | "settings" | "resources" | "reminders" | "feedback" | "webhooks";

/**
 * Tabs of one conference in the organiser workspace; the current one is marked for screen readers.
 * `canMessage`: partner editors may write to their own sessions' attendees without managing the conference.
 */
export async function ConferenceNav({ conferenceId, current, canManage, canMessage = canManage }: { conferenceId: string; current: Section; canManage: boolean; canMessage?: boolean }) {
  const t = await getTranslations("organiser.nav");
  const items: { key: Section; href: string; show: boolean }[] = [
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
  return (
    <nav aria-label={t("label")} className="org-tabs">
      <Link href="/organiser" className="org-tabs__back">
        ← {t("workspace")}
      </Link>
      <ul>
        {items
          .filter((i) => i.show)
          .map((i) => (
            <li key={i.key}>
              <Link href={i.href} aria-current={i.key === current ? "page" : undefined}>
                {t(i.key)}
              </Link>
            </li>
          ))}
      </ul>
    </nav>
  );
}
