import { Link } from "@/i18n/navigation";
import { ScrollCurrentTab } from "./scroll-current-tab";

export type OrgTab = { key: string; href: string; label: string; show: boolean };

/** The organiser area's tab bar: a link back to the workspace, then the tabs shown; the current one is marked for screen readers. */
export function OrgTabs({ label, backLabel, tabs, current }: { label: string; backLabel: string; tabs: OrgTab[]; current: string | null }) {
  return (
    <nav aria-label={label} className="org-tabs">
      <Link href="/organiser" className="org-tabs__back">
        ← {backLabel}
      </Link>
      <ul>
        {tabs
          .filter((tab) => tab.show)
          .map((tab) => (
            <li key={tab.key}>
              <Link href={tab.href} aria-current={tab.key === current ? "page" : undefined}>
                {tab.label}
              </Link>
            </li>
          ))}
      </ul>
      <ScrollCurrentTab />
    </nav>
  );
}
