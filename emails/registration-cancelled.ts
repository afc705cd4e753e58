import { conferenceTitleValues } from "../lib/conferences/title-phrases";
import type { EmailPayloads } from "../lib/mail/messages";
import { type Rendered, type TemplateContext } from "./shared";

export function registrationCancelled(p: EmailPayloads["registration-cancelled"], { t }: TemplateContext): Rendered {
  const subject = t("mail.registrationCancelled.subject", conferenceTitleValues(p.conference));
  const text = t("mail.registrationCancelled.text", conferenceTitleValues(p.conference));
  return {
    subject,
    preview: text,
    heading: subject,
    footerHosts: p.conference.hosts,
    blocks: [
      { type: "text", text: `${t("mail.greeting", { name: p.attendeeName })}\n${text}` },
      { type: "link", label: t("mail.conferencePage"), href: p.conference.url },
      { type: "text", text: t("mail.signoff", { hosts: p.conference.hosts.join(", ") }) },
    ],
  };
}
