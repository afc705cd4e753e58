import { formatDateTime } from "../lib/format/datetime";
import type { EmailPayloads } from "../lib/mail/messages";
import { manageBlocks, sessionList, type Rendered, type TemplateContext } from "./shared";

export function sessionUpdated(p: EmailPayloads["session-updated"], ctx: TemplateContext): Rendered {
  const { t, locale } = ctx;
  const subject = t("mail.sessionUpdated.subject", { session: p.session.title });
  const show = (field: string, value: string | null) =>
    value && (field === "startsAt" || field === "endsAt") ? formatDateTime(new Date(value), p.conference.timeZone, locale) : (value ?? "–");
  const known = ["title", "startsAt", "endsAt", "room", "venue"];
  return {
    subject,
    preview: t("mail.sessionUpdated.text"),
    heading: subject,
    footerHosts: p.conference.hosts,
    blocks: [
      { type: "text", text: `${t("mail.greeting", { name: p.attendeeName })}\n${t("mail.sessionUpdated.text")}` },
      {
        type: "list",
        title: t("mail.sessionUpdated.changes"),
        items: Object.entries(p.changes).map(([field, change]) => ({
          title: known.includes(field) ? t(`mail.sessionUpdated.field.${field}`) : field,
          detail: `${show(field, change.before)} → ${show(field, change.after)}`,
        })),
      },
      ...sessionList([p.session], p.conference, ctx),
      ...manageBlocks(p, ctx),
    ],
  };
}
