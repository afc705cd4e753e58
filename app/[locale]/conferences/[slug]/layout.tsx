import { ClientMessages } from "@/components/intl/client-messages";
import { PUBLIC_CLIENT_MESSAGES } from "@/components/public/public-client-messages";

/** Messages for the conference pages' client components: programme, filters, cards, "Meine Sessions", hosts, venue and calendar links (the root layout passes only `common`). */
export default function Layout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={["common", "public", "calendar"]} only={{ public: PUBLIC_CLIENT_MESSAGES }}>
      {children}
    </ClientMessages>
  );
}
