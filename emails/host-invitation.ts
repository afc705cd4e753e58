import type { EmailPayloads } from "../lib/mail/messages";
import { type Rendered, type TemplateContext } from "./shared";

export function hostInvitation(p: EmailPayloads["host-invitation"], { t }: TemplateContext): Rendered {
  const role = t(`mail.hostInvitation.roles.${p.role}`);
  const subject = t("mail.hostInvitation.subject", { host: p.hostShortName });
  const text = t("mail.hostInvitation.text", { inviter: p.inviterName, host: p.hostName, role });
  return {
    subject,
    preview: text,
    heading: subject,
    footerHosts: [p.hostName],
    blocks: [
      { type: "text", text },
      { type: "button", label: t("mail.hostInvitation.button"), href: p.url },
      { type: "small", text: p.url },
      { type: "small", text: t("mail.hostInvitation.validity", { days: p.days }) },
      { type: "small", text: t("mail.hostInvitation.notYou") },
    ],
  };
}
