import { ClientMessages } from "@/components/intl/client-messages";

/** Messages for the organiser area's client components (the root layout passes only `common`). */
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["common", "organiser", "settings", "resources", "privacy", "admin", "registration", "links", "dayOf", "badges", "certificates", "webhooks", "integrations"]}>{children}</ClientMessages>;
}
