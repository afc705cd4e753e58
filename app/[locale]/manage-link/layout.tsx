import { ClientMessages } from "@/components/intl/client-messages";

/** Messages for the lost-link form (the root layout passes only `common`). */
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["common", "registration"]}>{children}</ClientMessages>;
}
