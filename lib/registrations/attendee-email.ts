/**
 * One way to write an email to an attendee: the envelope every attendee message shares (address,
 * name, language, conference and registration the row belongs to, the conference summary and the
 * greeting) is filled here, so a use case passes only what its message says.
 */
import "server-only";
import type { Tx } from "../db";
import { enqueueEmail, type EnqueueEmail } from "../mail/enqueue";
import type { EmailKind, EmailPayloads, WithAttendee } from "../mail/messages";
import { conferenceSummary, type ConferenceForMail } from "./payloads";

/** Messages addressed to a registration (they carry the conference summary and the attendee's name). */
export type AttendeeEmailKind = { [K in EmailKind]: EmailPayloads[K] extends WithAttendee ? K : never }[EmailKind];

/** What a use case still says: the message's own content; manageUrl only where the message carries the link. */
export type AttendeePayload<K extends AttendeeEmailKind> = Omit<EmailPayloads[K], "conference" | "attendeeName" | "manageUrl"> & { manageUrl?: string };

export type AttendeeEmail<K extends AttendeeEmailKind> = {
  kind: K;
  registration: { id: string; email: string; name: string };
  conference: ConferenceForMail;
  locale: string;
  /** The name to greet when it is not the registration's (it has just been changed). */
  attendeeName?: string;
  dedupeKey?: string;
  notBefore?: Date;
  payload: AttendeePayload<K>;
};

/** The envelope filled in: what enqueueEmail (or enqueueEmails, for a batch) writes. */
export function attendeeEmail<K extends AttendeeEmailKind>(email: AttendeeEmail<K>): EnqueueEmail<K> {
  const attendeeName = email.attendeeName ?? email.registration.name;
  return {
    kind: email.kind,
    to: email.registration.email,
    toName: attendeeName,
    locale: email.locale,
    conferenceId: email.conference.id,
    registrationId: email.registration.id,
    dedupeKey: email.dedupeKey,
    notBefore: email.notBefore,
    payload: { conference: conferenceSummary(email.conference, email.locale), attendeeName, manageUrl: "", ...email.payload } as unknown as EmailPayloads[K],
  };
}

export async function enqueueAttendeeEmail<K extends AttendeeEmailKind>(tx: Tx, email: AttendeeEmail<K>): Promise<string> {
  return enqueueEmail(tx, attendeeEmail(email));
}
