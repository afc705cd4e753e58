import { ClientMessages } from "@/components/intl/client-messages";
import { PROGRAMME_MESSAGES } from "@/components/public/programme-messages";

/** Messages for the public programme's client components: filters, cards and the "Meine Sessions" marker (the root layout passes only `common`). */
export default function Layout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={["common", "public"]} only={{ public: PROGRAMME_MESSAGES }}>
      {children}
    </ClientMessages>
  );
}
