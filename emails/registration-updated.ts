import { conferenceTitleValues } from "../lib/conferences/title-phrases";
import type { EmailPayloads } from "../lib/mail/messages";
import { inviteNotes, manageBlocks, sessionList, type Rendered, type TemplateContext } from "./shared";

export function registrationUpdated(p: EmailPayloads["registration-updated"], ctx: TemplateContext): Rendered {
  const { t } = ctx;
  // Only the programme changed (or an older payload without `changed`): the programme wording.
  const detailsChanged = p.changed?.fields.some((f) => f !== "sessions") ?? false;
  const key = p.reason === "capacity-reduced" ? "mail.registrationUpdated.capacityReduced" : detailsChanged ? "mail.registrationUpdated.details" : "mail.registrationUpdated";
  const subject = t(`${key}.subject`, conferenceTitleValues(p.conference));
  const text = t(`${key}.text`, conferenceTitleValues(p.conference));
  // Names what changed (never the values), so a change the attendee did not mean to make shows.
  const changed = (p.changed?.fields ?? []).flatMap((f) =>
    f === "answers" && p.changed?.questions.length ? p.changed.questions.map((q) => (ctx.locale === "en" ? `“${q}”` : `„${q}“`)) : [t(`mail.registrationUpdated.fields.${f}`)],
  );
  return {
    subject,
    preview: text,
    heading: subject,
    footerHosts: p.conference.hosts,
    blocks: [
      {
        type: "text",
        text: `${t("mail.greeting", { name: p.attendeeName })}\n${text}`,
      },
      ...(changed.length
        ? [
            {
              type: "facts" as const,
              rows: [
                {
                  label: t("mail.registrationUpdated.changed"),
                  value: changed.join(", "),
                },
              ],
            },
          ]
        : []),
      ...sessionList(p.sessions, p.conference, ctx),
      ...inviteNotes(p, ctx),
      ...manageBlocks(p, ctx),
    ],
  };
}
