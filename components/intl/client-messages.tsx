import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickMessages, type Namespace } from "@/i18n/messages";

/**
 * Hands client components the message namespaces they use — and only those. The root layout
 * passes just `common`; without this every page carried all messages (some 60 KB, twice the
 * programme) in its HTML. `only` narrows a namespace further to the entries its client
 * components use (the conference page's `public` namespace: 8 of its 9 KB are for server components).
 */
export async function ClientMessages({ namespaces, only = {}, children }: { namespaces: Namespace[]; only?: Partial<Record<Namespace, readonly string[]>>; children: ReactNode }) {
  const all = await getMessages();
  const messages = Object.fromEntries(
    namespaces
      .filter((ns) => ns in all)
      .map((ns) => {
        const paths = only[ns];
        return [ns, paths ? pickMessages(all[ns], paths) : all[ns]];
      }),
  );
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
