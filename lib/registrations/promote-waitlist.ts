/**
 * Fills free seats from waiting lists, first come first served, inside the caller's transaction:
 * after a cancellation, a removed session, a raised capacity. Each promoted attendee gets an email
 * with the calendar invite for what they now hold.
 */
import "server-only";
import type { Tx } from "../db";
import { toLocale } from "../i18n-server";
import { enqueueAttendeeEmail } from "./attendee-email";
import { conferenceInvite, sessionInvite, stampInvite } from "./calendar-invites";
import { conferenceMailInclude, sessionLine, sessionMailSelect, type ConferenceForMail, type SessionForMail } from "./payloads";
import { takeConferenceSeat, takeSessionSeat } from "./seats";
import { emitRegistrationEvent } from "../webhooks/emit";
import { publicConferenceChanged } from "../conferences/public-cache";

export type Promotion = { registrationId: string; sessionId: string | null };

type Attendee = { id: string; name: string; email: string; locale: string; checkInCode: string };

export async function promoteWaitlist(tx: Tx, options: { conferenceId: string; sessionId?: string; now: Date }): Promise<Promotion[]> {
publicConferenceChanged(tx, options.conferenceId, { seatsOnly: true });
  const conference = await tx.conference.findUniqueOrThrow({ where: { id: options.conferenceId }, include: conferenceMailInclude });
  if (options.sessionId) return promoteSession(tx, conference, options.sessionId, options.now);
  return promoteConference(tx, conference, options.now);
}

async function promoteConference(tx: Tx, conference: ConferenceForMail, now: Date): Promise<Promotion[]> {
  const promoted: Promotion[] = [];
  for (;;) {
    const next = await tx.registration.findFirst({
      where: { conferenceId: conference.id, status: "waitlisted" },
      orderBy: [{ waitlistedAt: "asc" }, { id: "asc" }],
      select: { id: true, name: true, email: true, locale: true, checkInCode: true },
    });
    if (!next || !(await takeConferenceSeat(tx, conference.id))) break;
    promoted.push(...(await admitToConference(tx, conference, next, now)));
  }
  return promoted;
}

async function promoteSession(tx: Tx, conference: ConferenceForMail, sessionId: string, now: Date): Promise<Promotion[]> {
  const promoted: Promotion[] = [];
  for (;;) {
    // Only attendees admitted to the conference can hold a session seat.
    const next = await tx.sessionRegistration.findFirst({
      where: { sessionId, status: "waitlisted", registration: { status: "confirmed" } },
      orderBy: [{ waitlistedAt: "asc" }, { id: "asc" }],
      include: { registration: true, session: { select: sessionMailSelect } },
    });
    if (!next || next.session.status !== "scheduled" || !(await takeSessionSeat(tx, sessionId))) break;
    await admitToSession(tx, conference, next, now);
    promoted.push({ registrationId: next.registrationId, sessionId });
  }
  return promoted;
}

/**
 * Confirms a waitlisted registration whose conference seat the caller has already taken, emails
 * them, and then lets their queued session choices move up (in each session's own order).
 */
export async function admitToConference(tx: Tx, conference: ConferenceForMail, registration: Attendee, now: Date): Promise<Promotion[]> {
  await tx.registration.update({ where: { id: registration.id }, data: { status: "confirmed", confirmedAt: now, waitlistedAt: null } });
  const locale = toLocale(registration.locale);
  await enqueueAttendeeEmail(tx, {
    kind: "waitlist-promoted",
    registration,
    conference,
    locale,
    payload: {
      checkInCode: registration.checkInCode,
      session: null,
      invite: await stampInvite(tx, registration.id, conferenceInvite(conference, { name: registration.name, email: registration.email }, "REQUEST", locale)),
    },
  });
  await emitRegistrationEvent(tx, { type: "waitlist.promoted", conferenceId: conference.id, registrationId: registration.id, now, extra: { sessionId: null } });
  const promoted: Promotion[] = [{ registrationId: registration.id, sessionId: null }];
  const queued = await tx.sessionRegistration.findMany({ where: { registrationId: registration.id, status: "waitlisted" }, select: { sessionId: true }, orderBy: { sessionId: "asc" } });
  for (const entry of queued) promoted.push(...(await promoteSession(tx, conference, entry.sessionId, now)));
  return promoted;
}

/** Confirms a waitlisted session place whose seat the caller has already taken, and emails the invite. */
export async function admitToSession(
  tx: Tx,
  conference: ConferenceForMail,
  entry: { id: number; registration: Attendee; session: SessionForMail },
  now: Date,
): Promise<void> {
  await tx.sessionRegistration.update({ where: { id: entry.id }, data: { status: "confirmed", confirmedAt: now, waitlistedAt: null } });
  const r = entry.registration;
  const locale = toLocale(r.locale);
  await enqueueAttendeeEmail(tx, {
    kind: "waitlist-promoted",
    registration: r,
    conference,
    locale,
    payload: {
      session: sessionLine(entry.session, "confirmed", null, locale),
      invite: await stampInvite(tx, r.id, sessionInvite(entry.session, conference, { name: r.name, email: r.email }, "REQUEST", locale)),
    },
  });
  await emitRegistrationEvent(tx, { type: "waitlist.promoted", conferenceId: conference.id, registrationId: r.id, now, extra: { sessionId: entry.session.id } });
}
