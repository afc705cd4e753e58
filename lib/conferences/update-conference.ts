/**
 * An organiser edits a conference's details: title, address (slug), venue, time zone, days,
 * registration window, capacity, contact. Two changes need care:
 * - new days must still hold every session that is not cancelled (the timetable would otherwise
 *   show sessions on days that no longer exist), so such a change is refused with a count;
 * - a capacity below the confirmed registrations is refused unless the organiser chose to move the
 *   latest confirmed to the waiting list; a raised capacity lets the waiting list move up.
 * Attendees' calendars follow: a new title, venue or days raise the conference's revision and send
 * every confirmed attendee the conference event again (same UID, higher SEQUENCE); a new venue
 * also updates every session event, whose LOCATION names it.
 */
import "server-only";
import { ZodError, type z } from "zod";
import { writeAuditLog } from "../audit";
import type { Tx } from "../db";
import { writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { requireConferenceAccess } from "../hosts/permissions";
import { toLocale } from "../i18n-server";
import { enqueueAttendeeEmail } from "../registrations/attendee-email";
import { conferenceInvite, deliverInvites, enqueueInviteMail, sessionInvite } from "../registrations/calendar-invites";
import { conferenceMailInclude, sessionLine, sessionMailSelect, type ConferenceForMail } from "../registrations/payloads";
import { promoteWaitlist } from "../registrations/promote-waitlist";
import { lockConference } from "../registrations/seats";
import { notifyHolders } from "../sessions/update-session";
import { emitRegistrationEvent } from "../webhooks/emit";
import { latestConfirmed } from "./rules";
import { sentFields } from "../validation/fields";
import { conferenceDetailsInput, detailsFormValues, detailsColumns, detailsToInstants, updateConferenceInput, type ConferenceDetails, type ConferenceDetailsPatch } from "./schema";
import { slugTakenOnUnique } from "./slug-taken";
import { publicConferenceChanged } from "./public-cache";

const AUDITED = ["title", "subtitle", "slug", "description", "titleEn", "subtitleEn", "descriptionEn", "venueName", "venueAddress", "timeZone", "startsAt", "endsAt", "registrationOpensAt", "registrationClosesAt", "capacity", "contactEmail", "titleDative"] as const;
type Audited = (typeof AUDITED)[number];

const auditValue = (v: unknown) => (v instanceof Date ? v.toISOString() : (v ?? null));

export async function updateConference(options: { input: z.output<typeof updateConferenceInput>; actor: { userId: string }; now?: Date }) {
  const { conferenceId, details: patch, overflowToWaitlist } = options.input;
  const now = options.now ?? new Date();
  return writeTransaction(async (tx) => {
    await requireConferenceAccess(tx, options.actor.userId, conferenceId, "manage");
    publicConferenceChanged(tx, conferenceId);
    // Lock the row before reading seatsTaken: a registration committing in between would otherwise
    // make the capacity check stale (and the CHECK constraint fail instead of a clear answer).
    await lockConference(tx, conferenceId);
    const conference = await tx.conference.findUniqueOrThrow({ where: { id: conferenceId }, include: conferenceMailInclude });
    const details = mergeDetails(conference, patch);
    if (details.slug !== conference.slug && (await tx.conference.findUnique({ where: { slug: details.slug }, select: { id: true } }))) {
      throw new AppError("validation", "Slug taken", { slug: "slugTaken" });
    }
    const next = {
      ...detailsColumns(details),
      ...keepUnchangedInstants(conference, details),
    };

    if (+next.startsAt !== +conference.startsAt || +next.endsAt !== +conference.endsAt) {
      const outside = await tx.session.count({
        where: { conferenceId, status: { not: "cancelled" }, OR: [{ startsAt: { lt: next.startsAt } }, { endsAt: { gt: next.endsAt } }] },
      });
      if (outside > 0) {
        throw new AppError("validation", `${outside} sessions lie outside the new days`, { firstDay: "sessionsOutside", lastDay: "sessionsOutside" }, { sessionsOutside: outside });
      }
    }
    if (next.capacity !== null && next.capacity < conference.seatsTaken && !overflowToWaitlist) {
      throw new AppError("validation", `${conference.seatsTaken} registrations are confirmed; the capacity cannot be lower`, { capacity: "capacityBelowConfirmed" }, { confirmed: conference.seatsTaken });
    }

    // Before the capacity shrinks (the database refuses seatsTaken > capacity): free the excess seats.
    const moved = next.capacity !== null && conference.seatsTaken > next.capacity ? await moveExcessToWaitlist(tx, conference, conference.seatsTaken - next.capacity, now) : [];

    const calendarChanges = conferenceEventChanges(conference, next);
    const updated = await tx.conference.update({
      where: { id: conferenceId },
      data: { ...next, ...(Object.keys(calendarChanges).length ? { revision: { increment: 1 } } : {}) },
    });
    const changed = AUDITED.filter((field: Audited) => JSON.stringify(auditValue(conference[field])) !== JSON.stringify(auditValue(updated[field])));
    await writeAuditLog(tx, {
      actor: options.actor,
      conferenceId,
      entityType: "Conference",
      entityId: conferenceId,
      action: "conference.update",
      before: Object.fromEntries(changed.map((f) => [f, auditValue(conference[f])])),
      after: { ...Object.fromEntries(changed.map((f) => [f, auditValue(updated[f])])), ...(moved.length ? { movedToWaitlist: moved } : {}) },
    });
    // Every session invite carries the venue as its LOCATION: when it moves, attendees' calendars follow.
    const venueChanged = updated.venueName !== conference.venueName || updated.venueAddress !== conference.venueAddress;
    const venueNotified = venueChanged && updated.status === "published" ? await notifyVenueChange(tx, conference, conferenceId, now) : 0;
    const conferenceNotified = Object.keys(calendarChanges).length && updated.status === "published" ? await notifyConferenceChange(tx, { ...updated, hosts: conference.hosts }, calendarChanges) : 0;
    // More seats (or no limit): the waiting list moves up, in its order.
    const raised = next.capacity === null ? conference.capacity !== null : conference.capacity !== null && next.capacity > conference.capacity;
    const promoted = raised && conference.status === "published" ? await promoteWaitlist(tx, { conferenceId, now }) : [];
    return { conference: updated, movedToWaitlist: moved.length, promoted: promoted.filter((p) => p.sessionId === null).length, venueNotified, conferenceNotified };
  }).catch(slugTakenOnUnique);
}

/**
 * The edit laid over the stored details as the form shows them: absent fields keep their stored
 * value, null clears (as an empty form field does). Judged as a whole, so "closes before opens"
 * also holds against values the edit did not send; errors keep the form's `details.*` paths.
 */
function mergeDetails(stored: Parameters<typeof detailsFormValues>[0], patch: ConferenceDetailsPatch): ConferenceDetails {
  const sent = Object.fromEntries(Object.entries(sentFields(patch)).map(([k, v]) => [k, v === null ? "" : v]));
  const parsed = conferenceDetailsInput.safeParse({ ...detailsFormValues(stored), ...sent });
  if (!parsed.success) throw new ZodError(parsed.error.issues.map((issue) => ({ ...issue, path: ["details", ...issue.path] })));
  return parsed.data;
}

/**
 * The form shows instants to the minute. A value the organiser did not change keeps its stored
 * instant, so saving the title does not shift the dates by seconds (or the audit log record it).
 */
function keepUnchangedInstants(stored: Parameters<typeof detailsFormValues>[0], details: ConferenceDetails) {
  const computed = detailsToInstants(details);
  const shown = detailsFormValues(stored);
  const sameZone = details.timeZone === stored.timeZone;
  return {
    startsAt: sameZone && shown.firstDay === details.firstDay && shown.startTime === details.startTime ? stored.startsAt : computed.startsAt,
    endsAt: sameZone && shown.lastDay === details.lastDay && shown.endTime === details.endTime ? stored.endsAt : computed.endsAt,
    registrationOpensAt: sameZone && shown.registrationOpensAt === (details.registrationOpensAt ?? "") ? stored.registrationOpensAt : computed.registrationOpensAt,
    registrationClosesAt: sameZone && shown.registrationClosesAt === (details.registrationClosesAt ?? "") ? stored.registrationClosesAt : computed.registrationClosesAt,
  };
}

/**
 * Turns the latest confirmed registrations into waiting-list places, first on the list (their
 * original registration time is their place, so they stand ahead of anyone who joined later). A
 * registration on the conference's waiting list holds no session seat, so their session seats go
 * back into those sessions' waiting lists too, and the freed seats move those lists up.
 */
async function moveExcessToWaitlist(tx: Tx, conference: ConferenceForMail & { id: string; status: string }, excess: number, now: Date): Promise<string[]> {
  const confirmed = await tx.registration.findMany({
    where: { conferenceId: conference.id, status: "confirmed" },
    select: { id: true, name: true, email: true, locale: true, confirmedAt: true, createdAt: true },
  });
  const moving = latestConfirmed(confirmed, excess);
  const freedSessions = new Set<string>();
  for (const r of moving) {
    await tx.registration.update({ where: { id: r.id }, data: { status: "waitlisted", waitlistedAt: r.createdAt, confirmedAt: null } });
    const seats = await tx.sessionRegistration.findMany({ where: { registrationId: r.id, status: "confirmed" }, include: { session: { select: sessionMailSelect } } });
    for (const seat of seats) {
      await tx.sessionRegistration.update({ where: { id: seat.id }, data: { status: "waitlisted", waitlistedAt: seat.createdAt, confirmedAt: null } });
      await tx.session.updateMany({ where: { id: seat.sessionId, seatsTaken: { gt: 0 } }, data: { seatsTaken: { decrement: 1 } } });
      freedSessions.add(seat.sessionId);
    }
    if (conference.status === "published") {
      const locale = toLocale(r.locale);
      const attendee = { name: r.name, email: r.email };
      await deliverInvites(tx, {
        recipient: { id: r.id, ...attendee, locale },
        conference,
        items: [conferenceInvite(conference, attendee, "CANCEL", locale), ...seats.map((s) => sessionInvite(s.session, conference, attendee, "CANCEL", locale))],
        primary: (parts) =>
          enqueueAttendeeEmail(tx, {
            kind: "registration-updated",
            registration: r,
            conference,
            locale,
            dedupeKey: `conference-waitlisted:${r.id}:${now.getTime()}`,
            payload: { sessions: seats.map((s) => sessionLine(s.session, "waitlisted", null, locale)), reason: "capacity-reduced", ...parts },
          }),
      });
    }
  }
  for (const r of moving) await emitRegistrationEvent(tx, { type: "registration.updated", conferenceId: conference.id, registrationId: r.id, now, extra: { changed: ["status", "sessions"] } });
  if (moving.length) await tx.conference.update({ where: { id: conference.id }, data: { seatsTaken: { decrement: moving.length } } });
  for (const sessionId of freedSessions) await promoteWaitlist(tx, { conferenceId: conference.id, sessionId, now });
  return moving.map((r) => r.id);
}

type Changes = Record<string, { before: string | null; after: string | null }>;
type EventFields = { title: string; venueName: string; venueAddress: string; startsAt: Date; endsAt: Date };

/** What changed in the conference's own calendar event (SUMMARY, LOCATION, DTSTART, DTEND). */
function conferenceEventChanges(before: EventFields, after: EventFields): Changes {
  const venue = (c: EventFields) => [c.venueName, c.venueAddress].filter(Boolean).join(", ");
  const changes: Changes = {};
  if (after.title !== before.title) changes.title = { before: before.title, after: after.title };
  if (venue(after) !== venue(before)) changes.venue = { before: venue(before), after: venue(after) };
  if (+after.startsAt !== +before.startsAt) changes.startsAt = { before: before.startsAt.toISOString(), after: after.startsAt.toISOString() };
  if (+after.endsAt !== +before.endsAt) changes.endsAt = { before: before.endsAt.toISOString(), after: after.endsAt.toISOString() };
  return changes;
}

/** Every confirmed attendee gets the conference event again: same UID, the raised SEQUENCE. */
async function notifyConferenceChange(tx: Tx, conference: ConferenceForMail & { id: string }, changes: Changes): Promise<number> {
  const attendees = await tx.registration.findMany({ where: { conferenceId: conference.id, status: "confirmed" }, select: { id: true, name: true, email: true, locale: true }, orderBy: { id: "asc" } });
  for (const r of attendees) await enqueueInviteMail(tx, r, conference, conferenceInvite(conference, r, "REQUEST", toLocale(r.locale)), "conference-updated", changes);
  return attendees.length;
}

/** Raises the revision of every scheduled session and sends its seat holders the updated invite. */
async function notifyVenueChange(tx: Tx, before: { venueName: string; venueAddress: string }, conferenceId: string, now: Date): Promise<number> {
  const conference = await tx.conference.findUniqueOrThrow({ where: { id: conferenceId }, include: conferenceMailInclude });
  const venue = (c: { venueName: string; venueAddress: string }) => [c.venueName, c.venueAddress].filter(Boolean).join(", ");
  const sessions = await tx.session.findMany({ where: { conferenceId, status: "scheduled" }, select: { id: true } });
  let notified = 0;
  for (const { id } of sessions) {
    const session = await tx.session.update({ where: { id }, data: { revision: { increment: 1 } }, select: sessionMailSelect });
    notified += await notifyHolders(tx, conference, session, "session-updated", { venue: { before: venue(before), after: venue(conference) } }, now);
  }
  return notified;
}
