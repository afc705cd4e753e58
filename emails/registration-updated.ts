import type { EmailPayloads } from "../lib/mail/messages";
import { inviteNotes, manageBlocks, sessionList, type Rendered, type TemplateContext } from "./shared";

export function registrationUpdated(p: EmailPayloads["registration-updated"], ctx: TemplateContext): Rendered {
  const { t } = ctx;
  const key = p.reason === "capacity-reduced" ? "mail.registrationUpdated.capacityReduced" : "mail.registrationUpdated";
  const subject = t(`${key}.subject`, { conference: p.conference.title });
  const text = t(`${key}.text`, { conference: p.conference.title });
  return {
    subject,
    preview: text,
    heading: subject,
    footerHosts: p.conference.hosts,
    blocks: [
      { type: "text", text: `${t("mail.greeting", { name: p.attendeeName })}\n${text}` },
      ...sessionList(p.sessions, p.conference, ctx),
      ...inviteNotes(p, ctx),
      ...manageBlocks(p, ctx),
    ],
  };
}
