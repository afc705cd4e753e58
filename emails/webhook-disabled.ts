import { formatDateTime, formatZoneName } from "../lib/format/datetime";
import type { EmailPayloads } from "../lib/mail/messages";
import { type Rendered, type TemplateContext } from "./shared";

export function webhookDisabled(p: EmailPayloads["webhook-disabled"], { t, locale }: TemplateContext): Rendered {
  const since = new Date(p.failingSince);
  const subject = t("mail.webhookDisabled.subject", { conference: p.conferenceTitle });
  const text = t("mail.webhookDisabled.text", { url: p.endpointUrl, conference: p.conferenceTitle, since: `${formatDateTime(since, p.timeZone, locale)} ${formatZoneName(since, p.timeZone, locale)}` });
  return {
    subject,
    preview: text,
    heading: subject,
    footerHosts: p.hosts,
    blocks: [
      { type: "text", text },
      { type: "text", text: t("mail.webhookDisabled.action") },
      { type: "button", label: t("mail.webhookDisabled.button"), href: p.pageUrl },
    ],
  };
}
