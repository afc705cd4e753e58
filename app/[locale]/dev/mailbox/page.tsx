import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { Link } from "@/i18n/navigation";
import { MAILBOX_COOKIE, mailboxPageAllowed, listDevMail } from "@/lib/mail/dev-mailbox";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { robots: { index: false } };

export default async function DevMailboxPage({ params }: PageProps<"/[locale]/dev/mailbox">) {
  const { locale } = await params;
  setRequestLocale(locale);
  if (!mailboxPageAllowed((await cookies()).get(MAILBOX_COOKIE)?.value)) notFound();
  const t = await getTranslations("mail.devMailbox");
  const messages = await listDevMail();
  const time = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "de-DE", { dateStyle: "short", timeStyle: "medium" });
  return (
    <div className="container">
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <DataTable
        wrapClassName="table-wrap card"
        className="table mailbox"
        columns={[t("date"), t("from"), t("to"), t("subject")]}
        rows={messages}
        empty={<p>{t("empty")}</p>}
        row={(m) => (
          <tr key={m.id}>
            <td className="nowrap">
              <time dateTime={m.createdAt.toISOString()}>{time.format(m.createdAt)}</time>
            </td>
            <td>{m.from}</td>
            <td>{m.to}</td>
            <td>
              <Link href={`/dev/mailbox/${m.id}`}>{m.subject}</Link>
            </td>
          </tr>
        )}
      />
    </div>
  );
}
