import { ClientMessages } from "@/components/intl/client-messages";

/** Messages for the manage page's client components (the root layout passes only `common`). */
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["common", "registration", "links", "privacy", "public", "calendar", "dayOf"]}>{children}</ClientMessages>;
}
