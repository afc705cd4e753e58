import { conferenceTitleValues } from "../lib/conferences/title-phrases";
import type { EmailPayloads } from "../lib/mail/messages";
import { inviteNotes, conferenceFacts, manageBlocks, sessionList, type Rendered, type TemplateContext } from "./shared";

export const CHECK_IN_QR_CID = "checkin-qr@tagung";

export function registrationReceived(p: EmailPayloads["registration-received"], ctx: TemplateContext): Rendered {
  const { t } = ctx;
  const confirmed = p.status === "confirmed";
  const subject = t(confirmed ? "mail.registrationReceived.subjectConfirmed" : "mail.registrationReceived.subjectWaitlisted", conferenceTitleValues(p.conference));
  const intro = confirmed
    ? t("mail.registrationReceived.confirmed", conferenceTitleValues(p.conference))
    : t("mail.registrationReceived.waitlisted", { ...conferenceTitleValues(p.conference), position: p.waitlistPosition ?? "" });
  return {
    subject,
    preview: intro,
    heading: subject,
    footerHosts: p.conference.hosts,
    blocks: [
      { type: "text", text: `${t("mail.greeting", { name: p.attendeeName })}\n${intro}` },
      conferenceFacts(p.conference, ctx),
      ...sessionList(p.sessions, p.conference, ctx),
      ...(confirmed
        ? [{ type: "qr" as const, cid: CHECK_IN_QR_CID, alt: t("mail.checkIn", { code: p.checkInCode }), caption: `${t("mail.checkIn", { code: p.checkInCode })}\n${t("mail.checkInHint")}` }]
        : []),
      ...inviteNotes(p, ctx),
      ...manageBlocks(p, ctx),
      { type: "text", text: t("mail.signoff", { hosts: p.conference.hosts.join(", ") }) },
    ],
  };
}
