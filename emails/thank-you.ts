import { conferenceTitleValues } from "../lib/conferences/title-phrases";
import { formatDayShort, formatTimeRange } from "../lib/format/datetime";
import type { EmailPayloads } from "../lib/mail/messages";
import type { Block } from "./layout";
import type { Rendered, TemplateContext } from "./shared";

/** After the conference, to everyone who checked in: feedback per attended session and the certificate. */
export function thankYou(p: EmailPayloads["thank-you"], ctx: TemplateContext): Rendered {
  const { t, locale } = ctx;
  const c = p.conference;
  const subject = t("dayOf.thankYouMail.subject", conferenceTitleValues(c));
  const intro = t("dayOf.thankYouMail.intro", conferenceTitleValues(c));
  const blocks: Block[] = [{ type: "text", text: `${t("mail.greeting", { name: p.attendeeName })}\n${intro}` }];
  if (p.sessions.length) {
    blocks.push({
      type: "list",
      title: t("dayOf.thankYouMail.attended"),
      items: p.sessions.map((s) => ({
        title: s.title,
        detail: [`${formatDayShort(new Date(s.startsAt), c.timeZone, locale)}, ${formatTimeRange(new Date(s.startsAt), new Date(s.endsAt), c.timeZone, locale)}`, s.room].filter(Boolean).join(" · "),
        // A title with no English version is German on an English mail: say so for screen readers.
        ...(s.titleLang && s.titleLang !== locale ? { lang: s.titleLang } : {}),
      })),
    });
    blocks.push({ type: "text", text: t("dayOf.thankYouMail.feedback") }, { type: "button", label: t("dayOf.thankYouMail.feedbackButton"), href: p.feedbackUrl }, { type: "small", text: t("dayOf.thankYouMail.anonymous") });
  }
  if (p.certificateUrl) blocks.push({ type: "link", before: t("dayOf.thankYouMail.certificateBefore"), label: t("dayOf.thankYouMail.certificate"), href: p.certificateUrl });
  if (p.manageUrl) blocks.push({ type: "link", label: t("mail.manageButton"), href: p.manageUrl });
  blocks.push({ type: "text", text: t("mail.signoff", { hosts: c.hosts.join(", ") }) });
  return { subject, preview: intro, heading: subject, footerHosts: c.hosts, blocks };
}
