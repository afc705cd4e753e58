import { conferenceTitleValues } from "../lib/conferences/title-phrases";
import type { EmailPayloads } from "../lib/mail/messages";
import { manageBlocks, type Rendered, type TemplateContext } from "./shared";

export function manageLink(p: EmailPayloads["manage-link"], ctx: TemplateContext): Rendered {
  const { t } = ctx;
  const subject = t("mail.manageLink.subject", conferenceTitleValues(p.conference));
  return {
    subject,
    preview: t("mail.manageLink.text", conferenceTitleValues(p.conference)),
    heading: subject,
    footerHosts: p.conference.hosts,
    blocks: [
      { type: "text", text: `${t("mail.greeting", { name: p.attendeeName })}\n${t("mail.manageLink.text", conferenceTitleValues(p.conference))}` },
      ...manageBlocks(p, ctx),
      { type: "small", text: t("mail.manageLink.notYou") },
    ],
  };
}
