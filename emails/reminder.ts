import { conferenceTitleValues } from "../lib/conferences/title-phrases";
import { formatDayLong, formatTime, formatZoneName } from "../lib/format/datetime";
import type { EmailPayloads } from "../lib/mail/messages";
import type { Block } from "./layout";
import { CHECK_IN_QR_CID } from "./registration-received";
import { conferenceFacts, manageBlocks, sessionList, type Rendered, type TemplateContext } from "./shared";

/** The reminder before the conference; waiting-list people are told they are still waiting. */
export function reminder(p: EmailPayloads["reminder"], ctx: TemplateContext): Rendered {
  const { t, locale } = ctx;
  const c = p.conference;
  const start = new Date(c.startsAt);
  const values = { ...conferenceTitleValues(c), date: formatDayLong(start, c.timeZone, locale), time: formatTime(start, c.timeZone, locale), zone: formatZoneName(start, c.timeZone, locale) };
  const confirmed = p.status === "confirmed";
  const subject = t(confirmed ? "dayOf.reminderMail.subject" : "dayOf.reminderMail.subjectWaitlisted", values);
  const intro = confirmed ? t("dayOf.reminderMail.intro", values) : t("dayOf.reminderMail.introWaitlisted", { ...values, position: p.waitlistPosition ?? "" });
  const blocks: Block[] = [{ type: "text", text: `${t("mail.greeting", { name: p.attendeeName })}\n${intro}` }];
  if (p.extraText) blocks.push({ type: "facts", rows: [{ label: t("dayOf.reminderMail.extraText"), value: p.extraText }] });
  blocks.push(conferenceFacts(c, ctx), { type: "link", before: t("dayOf.reminderMail.directionsBefore"), label: t("dayOf.reminderMail.directions"), href: p.directionsUrl });
  blocks.push(...(p.sessions.length ? sessionList(p.sessions, c, ctx) : [{ type: "small" as const, text: t("dayOf.reminderMail.noSessions") }]));
  if (confirmed && p.checkInCode) {
    blocks.push({ type: "qr", cid: CHECK_IN_QR_CID, alt: t("mail.checkIn", { code: p.checkInCode }), caption: `${t("mail.checkIn", { code: p.checkInCode })}\n${t("mail.checkInHint")}` });
  }
  blocks.push(...manageBlocks(p, ctx), { type: "text", text: t("mail.signoff", { hosts: c.hosts.join(", ") }) });
  return { subject, preview: intro, heading: subject, footerHosts: c.hosts, blocks };
}
