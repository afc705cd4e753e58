import { ClientMessages } from "@/components/intl/client-messages";

/** Messages for the sign-in form (the root layout passes only `common`). */
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["common", "organiser"]}>{children}</ClientMessages>;
}
