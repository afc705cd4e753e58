import type { EmailPayloads } from "../lib/mail/messages";
import { manageBlocks, type Rendered, type TemplateContext } from "./shared";

export function sessionCancelled(p: EmailPayloads["session-cancelled"], ctx: TemplateContext): Rendered {
  const { t } = ctx;
  const subject = t("mail.sessionCancelled.subject", { session: p.session.title });
  const text = t("mail.sessionCancelled.text", { session: p.session.title });
  return {
    subject,
    preview: text,
    heading: subject,
    footerHosts: p.conference.hosts,
    blocks: [{ type: "text", text: `${t("mail.greeting", { name: p.attendeeName })}\n${text}` }, ...manageBlocks(p, ctx)],
  };
}
