/**
 * Fills free seats from waiting lists, first come first served, inside the caller's transaction:
 * after a cancellation, a removed session, a raised capacity. Each promoted attendee gets an email
 * with the calendar invite for what they now hold.
 */
import type { Tx } from "../db";
import { toLocale } from "../i18n-server";
import { enqueueEmail } from "../mail/enqueue";
import { conferenceMailInclude, conferenceSummary, invites, sessionLine, sessionMailSelect, type ConferenceForMail } from "./payloads";
import { takeConferenceSeat, takeSessionSeat } from "./seats";

export type Promotion = { registrationId: string; sessionId: string | null };

export async function promoteWaitlist(tx: Tx, options: { conferenceId: string; sessionId?: string; now: Date }): Promise<Promotion[]> {
  const conference = await tx.conference.findUniqueOrThrow({ where: { id: options.conferenceId }, include: conferenceMailInclude });
  const promoted: Promotion[] = [];
  if (options.sessionId) {
    promoted.push(...(await promoteSession(tx, conference, options.sessionId, options.now)));
  } else {
    promoted.push(...(await promoteConference(tx, conference, options.now)));
  }
  return promoted;
}

async function promoteConference(tx: Tx, conference: ConferenceForMail, now: Date): Promise<Promotion[]> {
  const promoted: Promotion[] = [];
  for (;;) {
    const next = await tx.registration.findFirst({
      where: { conferenceId: conference.id, status: "waitlisted" },
      orderBy: [{ waitlistedAt: "asc" }, { id: "asc" }],
      include: { sessions: { where: { status: "waitlisted" }, include: { session: { select: sessionMailSelect } } } },
    });
    if (!next || !(await takeConferenceSeat(tx, conference.id))) break;
    await tx.registration.update({ where: { id: next.id }, data: { status: "confirmed", confirmedAt: now, waitlistedAt: null } });
    promoted.push({ registrationId: next.id, sessionId: null });
    const locale = toLocale(next.locale);
    await enqueueEmail(tx, {
      kind: "waitlist-promoted",
      to: next.email,
      toName: next.name,
      locale,
      conferenceId: conference.id,
      registrationId: next.id,
      payload: {
        conference: conferenceSummary(conference, locale),
        attendeeName: next.name,
        manageUrl: "",
        checkInCode: next.checkInCode,
        session: null,
        invites: invites(conference, { name: next.name, email: next.email }, { conference: "request" }),
      },
    });
    // Their session choices were queued while they waited; seats may be free now.
    for (const entry of next.sessions) promoted.push(...(await promoteSession(tx, conference, entry.sessionId, now)));
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
    await tx.sessionRegistration.update({ where: { id: next.id }, data: { status: "confirmed", confirmedAt: now, waitlistedAt: null } });
    promoted.push({ registrationId: next.registrationId, sessionId });
    const r = next.registration;
    const locale = toLocale(r.locale);
    await enqueueEmail(tx, {
      kind: "waitlist-promoted",
      to: r.email,
      toName: r.name,
      locale,
      conferenceId: conference.id,
      registrationId: r.id,
      payload: {
        conference: conferenceSummary(conference, locale),
        attendeeName: r.name,
        manageUrl: "",
        session: sessionLine(next.session, "confirmed"),
        invites: invites(conference, { name: r.name, email: r.email }, { request: [next.session] }),
      },
    });
  }
  return promoted;
}

