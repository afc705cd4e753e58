import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
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
      {messages.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="table-wrap card">
          <table className="table mailbox">
            <thead>
              <tr>
                <th scope="col">{t("date")}</th>
                <th scope="col">{t("from")}</th>
                <th scope="col">{t("to")}</th>
                <th scope="col">{t("subject")}</th>
              </tr>
            </thead>
            <tbody>
              {messages.map((m) => (
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
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
