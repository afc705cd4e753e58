/**
 * The short message that carries one calendar object of its own: a further session invite after a
 * registration, a dropped session's cancellation, a changed conference. Just a line, when and
 * where, and the attachment; the mail reporting the change says the rest.
 */
import { formatDateRange, formatDateTime, formatTimeRange, formatZoneName } from "../lib/format/datetime";
import type { EmailPayloads } from "../lib/mail/messages";
import type { Rendered, TemplateContext } from "./shared";

export function calendarInvite(p: EmailPayloads["calendar-invite"], ctx: TemplateContext): Rendered {
  const { t, locale } = ctx;
  const zone = p.conference.timeZone;
  const values = { title: p.event.title, conference: p.conference.title };
  const key = p.reason === "conference-updated" ? "invites.conferenceUpdated" : p.reason === "cancel" ? "invites.cancel" : "invites.invite";
  const subject = t(`${key}.subject`, values);
  const text = t(`${key}.text`, values);
  const start = new Date(p.event.startsAt);
  const end = new Date(p.event.endsAt);
  const show = (field: string, value: string | null) => (value && (field === "startsAt" || field === "endsAt") ? formatDateTime(new Date(value), zone, locale) : (value ?? "–"));
  const known = ["title", "startsAt", "endsAt", "venue"];
  const changes = Object.entries(p.changes ?? {});
  return {
    subject,
    preview: text,
    heading: subject,
    footerHosts: p.conference.hosts,
    blocks: [
      { type: "text", text: `${t("mail.greeting", { name: p.attendeeName })}\n${text}` },
      ...(changes.length
        ? [
            {
              type: "list" as const,
              title: t("invites.conferenceUpdated.changes"),
              items: changes.map(([field, change]) => ({
                title: known.includes(field) ? t(`invites.conferenceUpdated.field.${field}`) : field,
                detail: `${show(field, change.before)} → ${show(field, change.after)}`,
              })),
            },
          ]
        : []),
      {
        type: "facts",
        rows: [
          { label: t("mail.when"), value: `${formatDateRange(start, end, zone, locale)}, ${formatTimeRange(start, end, zone, locale)} ${formatZoneName(start, zone, locale)}` },
          ...(p.event.location ? [{ label: t("mail.where"), value: p.event.location }] : []),
        ],
      },
    ],
  };
}
