import type { EmailPayloads } from "../lib/mail/messages";
import { type Rendered, type TemplateContext } from "./shared";

export function signIn(p: EmailPayloads["sign-in"], { t }: TemplateContext): Rendered {
  const subject = t("mail.signIn.subject");
  return {
    subject,
    preview: t("mail.signIn.text", { host: p.host, minutes: p.expiresMinutes }),
    heading: subject,
    footerHosts: [],
    footer: t("mail.signIn.footer", { host: p.host }),
    blocks: [
      { type: "text", text: t("mail.signIn.text", { host: p.host, minutes: p.expiresMinutes }) },
      { type: "button", label: t("mail.signIn.button"), href: p.url },
      { type: "small", text: p.url },
      { type: "small", text: t("mail.signIn.notYou") },
    ],
  };
}
