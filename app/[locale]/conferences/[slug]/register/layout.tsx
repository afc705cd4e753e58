import { ClientMessages } from "@/components/intl/client-messages";

/** The registration form's messages for its client components (the root layout passes only `common`). */
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["common", "registration"]}>{children}</ClientMessages>;
}
