import { conferenceTitleValues } from "../lib/conferences/title-phrases";
import type { EmailPayloads } from "../lib/mail/messages";
import { conferenceFacts, inviteNotes, manageBlocks, sessionList, type Rendered, type TemplateContext } from "./shared";
import { CHECK_IN_QR_CID } from "./registration-received";

export function waitlistPromoted(p: EmailPayloads["waitlist-promoted"], ctx: TemplateContext): Rendered {
  const { t } = ctx;
  const subject = p.session
    ? t("mail.waitlistPromoted.subjectSession", { session: p.session.title })
    : t("mail.waitlistPromoted.subjectConference", conferenceTitleValues(p.conference));
  const text = p.session ? t("mail.waitlistPromoted.session", { session: p.session.title }) : t("mail.waitlistPromoted.conference", conferenceTitleValues(p.conference));
  return {
    subject,
    preview: text,
    heading: subject,
    footerHosts: p.conference.hosts,
    blocks: [
      { type: "text", text: `${t("mail.greeting", { name: p.attendeeName })}\n${text}` },
      p.session ? sessionList([p.session], p.conference, ctx)[0] : conferenceFacts(p.conference, ctx),
      ...(p.checkInCode && !p.session
        ? [{ type: "qr" as const, cid: CHECK_IN_QR_CID, alt: t("mail.checkIn", { code: p.checkInCode }), caption: `${t("mail.checkIn", { code: p.checkInCode })}\n${t("mail.checkInHint")}` }]
        : []),
      ...inviteNotes(p, ctx),
      ...manageBlocks(p, ctx),
    ],
  };
}
