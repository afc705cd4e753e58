/** The reminder mail for one registration: what the scheduler enqueues and the preview shows. */
import type { Tx } from "../db";
import type { EmailPayloads, SessionLine } from "../mail/messages";
import { conferenceSummary, sessionLine, sessionMailSelect, type ConferenceForMail } from "../registrations/payloads";
import { conferenceWaitlistPosition, sessionWaitlistPosition } from "../registrations/seats";
import { directionsUrl, extraTextFor } from "./rules";

export type ReminderForMail = { extraTextDe: string | null; extraTextEn: string | null };
export type RegistrationForReminder = { id: string; conferenceId: string; name: string; status: "confirmed" | "waitlisted"; waitlistedAt: Date | null; checkInCode: string };

/** The person's agenda: sessions they hold a seat or a waiting-list place in, scheduled ones only, in time order; titles in `locale`. */
export async function agendaLines(tx: Tx, registrationId: string, locale: string): Promise<SessionLine[]> {
  const rows = await tx.sessionRegistration.findMany({
    where: { registrationId, status: { in: ["confirmed", "waitlisted"] }, session: { status: "scheduled" } },
    select: { id: true, sessionId: true, status: true, waitlistedAt: true, session: { select: sessionMailSelect } },
    orderBy: { session: { startsAt: "asc" } },
  });
  return Promise.all(
    rows.map(async (r) => sessionLine(r.session, r.status as "confirmed" | "waitlisted", r.status === "waitlisted" ? await sessionWaitlistPosition(tx, r) : null, locale)),
  );
}

export async function reminderPayload(
  tx: Tx,
  o: { conference: ConferenceForMail; reminder: ReminderForMail; registration: RegistrationForReminder; locale: string; links: { manageUrl: string; agendaFeedUrl?: string }; sessions?: SessionLine[] },
): Promise<EmailPayloads["reminder"]> {
  const r = o.registration;
  const confirmed = r.status === "confirmed";
  return {
    conference: conferenceSummary(o.conference, o.locale),
    attendeeName: r.name,
    manageUrl: o.links.manageUrl,
    agendaFeedUrl: o.links.agendaFeedUrl,
    status: r.status,
    waitlistPosition: confirmed ? null : await conferenceWaitlistPosition(tx, r),
    sessions: o.sessions ?? (await agendaLines(tx, r.id, o.locale)),
    checkInCode: confirmed ? r.checkInCode : undefined,
    extraText: extraTextFor(o.reminder, o.locale),
    directionsUrl: directionsUrl(o.conference.venueName, o.conference.venueAddress),
  };
}
