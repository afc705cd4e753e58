import { conferenceTitleValues } from "../lib/conferences/title-phrases";
import type { EmailPayloads } from "../lib/mail/messages";
import { type Rendered, type TemplateContext } from "./shared";

export function broadcast(p: EmailPayloads["broadcast"], { t }: TemplateContext): Rendered {
  return {
    subject: p.test ? t("mail.broadcast.testSubject", { subject: p.subject }) : p.subject,
    preview: p.body.slice(0, 120),
    heading: p.subject,
    footerHosts: p.conference.hosts,
    blocks: [
      ...(p.test ? [{ type: "small" as const, text: t("mail.broadcast.testNote") }] : []),
      { type: "small", text: t("mail.broadcast.from", { sender: p.senderName }) },
      { type: "text", text: `${t("mail.greeting", { name: p.attendeeName })}\n${p.body}` },
      { type: "link", label: p.conference.title, href: p.conference.url },
      { type: "rule" },
      p.test
        ? { type: "small", text: t("mail.broadcast.testUnsubscribe") }
        : { type: "link", before: t("mail.broadcast.unsubscribe", conferenceTitleValues(p.conference)), label: t("mail.broadcast.unsubscribeLink"), href: p.unsubscribeUrl },
    ],
  };
}
