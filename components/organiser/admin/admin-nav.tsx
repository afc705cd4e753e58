import { getTranslations } from "next-intl/server";
import { OrgTabs } from "../org-tabs";

/** Tabs of the administration area (people and the operator's details only for platform admins). */
export async function AdminNav({ current, isPlatformAdmin }: { current: "hosts" | "users" | "operator" | null; isPlatformAdmin: boolean }) {
  const t = await getTranslations("admin");
  const tabs = [
    { key: "hosts" as const, href: "/organiser/admin", show: true },
    { key: "users" as const, href: "/organiser/admin/users", show: isPlatformAdmin },
    { key: "operator" as const, href: "/organiser/admin/operator", show: isPlatformAdmin },
  ].map((tab) => ({ ...tab, label: t(`nav.${tab.key}`) }));
  return <OrgTabs label={t("nav.label")} backLabel={t("back")} tabs={tabs} current={current} />;
}
