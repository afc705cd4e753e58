import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { MAILBOX_COOKIE, mailboxPageAllowed, getDevMail } from "@/lib/mail/dev-mailbox";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { robots: { index: false } };

export default async function DevMailPage({ params }: PageProps<"/[locale]/dev/mailbox/[id]">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  if (!mailboxPageAllowed((await cookies()).get(MAILBOX_COOKIE)?.value)) notFound();
  const message = await getDevMail(id);
  if (!message) notFound();
  const t = await getTranslations("mail.devMailbox");
  const time = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "de-DE", { dateStyle: "medium", timeStyle: "medium" });
  return (
    <div className="container stack">
      <p>
        <Link href="/dev/mailbox">← {t("back")}</Link>
      </p>
      <h1 className="h2">{message.subject}</h1>
      <dl className="facts facts--stacked card">
        <div>
          <dt>{t("from")}</dt>
          <dd>{message.from}</dd>
        </div>
        <div>
          <dt>{t("to")}</dt>
          <dd>{message.to}</dd>
        </div>
        <div>
          <dt>{t("date")}</dt>
          <dd>
            <time dateTime={message.createdAt.toISOString()}>{time.format(message.createdAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t("messageId")}</dt>
          <dd>
            <code>{message.messageId}</code>
          </dd>
        </div>
        <div>
          <dt>{t("attachments")}</dt>
          <dd>
            {message.attachments.length ? (
              <ul>
                {message.attachments.map((a, index) => (
                  <li key={index}>
                    <a href={`/api/dev/mailbox/${message.id}/attachments/${index}`} download={a.filename}>
                      {a.filename}
                    </a>{" "}
                    <span className="muted">
                      ({a.contentType}, {t("bytes", { size: a.size })})
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              t("none")
            )}
          </dd>
        </div>
      </dl>
      <p>
        <a className="button button--secondary" href={`/api/dev/mailbox/${message.id}/raw`} download={`${message.id}.eml`}>
          {t("downloadEml")}
        </a>
      </p>
      <section aria-labelledby="html-heading">
        <h2 id="html-heading" className="h3">{t("html")}</h2>
        {/* The message's HTML in a sandbox: no scripts, no access to this page. */}
        <iframe className="mail-frame" title={`${t("html")}: ${message.subject}`} sandbox="" srcDoc={message.html ?? ""} />
      </section>
      <section aria-labelledby="text-heading">
        <h2 id="text-heading" className="h3">{t("text")}</h2>
        <pre className="mail-text" data-testid="mail-text" tabIndex={0} aria-labelledby="text-heading">
          {message.text}
        </pre>
      </section>
      <details>
        <summary>{t("raw")}</summary>
        <pre className="mail-text" tabIndex={0} aria-label={t("raw")}>
          {message.raw}
        </pre>
      </details>
    </div>
  );
}
