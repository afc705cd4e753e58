/**
 * The reminder as a sample attendee would get it: rendered by the same template and renderer as the
 * real mail, for a made-up person with the conference's first sessions; nothing is written. The
 * check-in QR code is inlined as a data: URL so the preview needs no attachment.
 */
import "server-only";
import QRCode from "qrcode";
import { db } from "../db";
import { AppError } from "../errors";
import { appUrl } from "../http";
import { getTranslator, toLocale } from "../i18n-server";
import { renderEmail } from "../mail/render";
import { conferenceMailInclude, sessionLine, sessionMailSelect } from "../registrations/payloads";
import { requireConferenceAccess } from "../hosts/permissions";
import { reminderPayload } from "./reminder-mail";

const SAMPLE_CODE = "MUSTER1";

export async function previewReminder(options: { conferenceId: string; reminderId: string; locale: string; waitlisted?: boolean; actor: { userId: string } }) {
  await requireConferenceAccess(db, options.actor.userId, options.conferenceId, "read");
  const reminder = await db.reminder.findFirst({ where: { id: options.reminderId, conferenceId: options.conferenceId, removedAt: null } });
  if (!reminder) throw new AppError("not_found", "Reminder not found");
  const conference = await db.conference.findUniqueOrThrow({ where: { id: options.conferenceId }, include: conferenceMailInclude });
  const sessions = await db.session.findMany({
    where: { conferenceId: conference.id, status: "scheduled" },
    select: sessionMailSelect,
    orderBy: { startsAt: "asc" },
    take: 2,
  });
  const locale = toLocale(options.locale);
  const t = await getTranslator(locale);
  const status = options.waitlisted ? "waitlisted" : "confirmed";
  const payload = await reminderPayload(db, {
    conference,
    reminder,
    registration: { id: "preview", conferenceId: conference.id, name: t("dayOf.reminders.sampleName"), status, waitlistedAt: null, checkInCode: SAMPLE_CODE },
    locale,
    links: { manageUrl: `${appUrl()}/manage/…`, agendaFeedUrl: `${appUrl()}/api/agenda/…/calendar.ics` },
    sessions: sessions.map((s) => sessionLine(s, "confirmed", null, locale)),
  });
  const mail = await renderEmail({ kind: "reminder", toAddress: "muster@example.org", toName: payload.attendeeName, locale, payload, messageId: "<preview@tagung>" });
  const qr = options.waitlisted ? null : await QRCode.toDataURL(SAMPLE_CODE, { width: 360, margin: 2 });
  const html = String(mail.html ?? "").replace(/cid:[^"']+/g, (cid) => (qr && cid.startsWith("cid:checkin-qr") ? qr : cid));
  return { subject: String(mail.subject ?? ""), html };
}
