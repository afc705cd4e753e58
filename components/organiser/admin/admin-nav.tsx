import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

/** Tabs of the administration area (people and the operator's details only for platform admins); the current one is marked for screen readers. */
export async function AdminNav({ current, isPlatformAdmin }: { current: "hosts" | "users" | "operator" | null; isPlatformAdmin: boolean }) {
  const t = await getTranslations("admin");
  const items = [
    { key: "hosts" as const, href: "/organiser/admin", show: true },
    { key: "users" as const, href: "/organiser/admin/users", show: isPlatformAdmin },
    { key: "operator" as const, href: "/organiser/admin/operator", show: isPlatformAdmin },
  ];
  return (
    <nav aria-label={t("nav.label")} className="org-tabs">
      <Link href="/organiser" className="org-tabs__back">
        ← {t("back")}
      </Link>
      <ul>
        {items
          .filter((i) => i.show)
          .map((i) => (
            <li key={i.key}>
              <Link href={i.href} aria-current={i.key === current ? "page" : undefined}>
                {t(`nav.${i.key}`)}
              </Link>
            </li>
          ))}
      </ul>
    </nav>
  );
}
