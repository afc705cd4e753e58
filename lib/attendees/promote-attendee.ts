/**
 * An organiser moves one attendee from a waiting list onto a free seat. The conference's list:
 * its organisers only. A session's list: also the partner host responsible for that session.
 */
import { db } from "../db";
import { AppError } from "../errors";
import { canEditSessionOf, requireConferenceAccess } from "../hosts/permissions";
import { confirmFromWaitlist } from "../registrations/confirm-from-waitlist";

export async function promoteAttendee(options: { registrationId: string; sessionId?: string; actor: { userId: string } }) {
  const registration = await db.registration.findUnique({ where: { id: options.registrationId }, select: { conferenceId: true } });
  if (!registration) throw new AppError("not_found", "Registration not found");
  const access = await requireConferenceAccess(db, options.actor.userId, registration.conferenceId, options.sessionId ? "sessions" : "manage");
  if (options.sessionId) {
    const session = await db.session.findFirst({ where: { id: options.sessionId, conferenceId: registration.conferenceId }, select: { hostId: true } });
    if (!session) throw new AppError("not_found", "Session not found");
    if (!canEditSessionOf(access, session.hostId)) throw new AppError("forbidden", "You may not manage this session's waiting list");
  }
  return confirmFromWaitlist({ registrationId: options.registrationId, sessionId: options.sessionId, actor: options.actor });
}
