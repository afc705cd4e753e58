import { ClientMessages } from "@/components/intl/client-messages";

/** Messages for the public programme's client components: filters and the "Meine Sessions" marker (the root layout passes only `common`). */
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["common", "public"]}>{children}</ClientMessages>;
}
