import type { EmailPayloads } from "../lib/mail/messages";
import { manageBlocks, sessionList, type Rendered, type TemplateContext } from "./shared";

export function registrationUpdated(p: EmailPayloads["registration-updated"], ctx: TemplateContext): Rendered {
  const { t } = ctx;
  const subject = t("mail.registrationUpdated.subject", { conference: p.conference.title });
  return {
    subject,
    preview: t("mail.registrationUpdated.text", { conference: p.conference.title }),
    heading: subject,
    footerHosts: p.conference.hosts,
    blocks: [
      { type: "text", text: `${t("mail.greeting", { name: p.attendeeName })}\n${t("mail.registrationUpdated.text", { conference: p.conference.title })}` },
      ...sessionList(p.sessions, p.conference, ctx),
      ...(p.invites?.length ? [{ type: "small" as const, text: t("mail.invitesAttached") }] : []),
      ...manageBlocks(p, ctx),
    ],
  };
}
