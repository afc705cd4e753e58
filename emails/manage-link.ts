import type { EmailPayloads } from "../lib/mail/messages";
import { manageBlocks, type Rendered, type TemplateContext } from "./shared";

export function manageLink(p: EmailPayloads["manage-link"], ctx: TemplateContext): Rendered {
  const { t } = ctx;
  const subject = t("mail.manageLink.subject", { conference: p.conference.title });
  return {
    subject,
    preview: t("mail.manageLink.text", { conference: p.conference.title }),
    heading: subject,
    footerHosts: p.conference.hosts,
    blocks: [
      { type: "text", text: `${t("mail.greeting", { name: p.attendeeName })}\n${t("mail.manageLink.text", { conference: p.conference.title })}` },
      ...manageBlocks(p, ctx),
      { type: "small", text: t("mail.manageLink.notYou") },
    ],
  };
}
