/**
 * An organiser moves one attendee off a waiting list — the conference's, or a session's — onto a
 * free seat, ahead of the queue. The conference's list: its organisers only. A session's list: also
 * the partner host responsible for that session. The seat is taken by the same conditional UPDATE
 * as every other seat, so this can never overbook; with no seat free it is a conflict (raise the
 * capacity first, which promotes the queue in order).
 */
import "server-only";
import { writeAuditLog } from "../audit";
import { publicConferenceChanged } from "../conferences/public-cache";
import { writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { canEditSessionOf, requireConferenceAccess } from "../hosts/permissions";
import { conferenceMailInclude, sessionMailSelect } from "../registrations/payloads";
import { admitToConference, admitToSession, type Promotion } from "../registrations/promote-waitlist";
import { takeConferenceSeat, takeSessionSeat } from "../registrations/seats";

export type PromoteAttendeeOptions = { registrationId: string; sessionId?: string; actor: { userId: string }; now?: Date };

export async function promoteAttendee(options: PromoteAttendeeOptions): Promise<{ registrationId: string; sessionId: string | null; promoted: Promotion[] }> {
  const now = options.now ?? new Date();
  return writeTransaction(async (tx) => {
    const registration = await tx.registration.findUnique({
      where: { id: options.registrationId },
      include: { conference: { include: conferenceMailInclude } },
    });
    if (!registration) throw new AppError("not_found", "Registration not found");
    publicConferenceChanged(tx, registration.conferenceId, { seatsOnly: true });
    const { conference } = registration;
    // Checked in the same transaction that takes the seat: a role revoked meanwhile cannot slip through.
    const access = await requireConferenceAccess(tx, options.actor.userId, conference.id, options.sessionId ? "sessions" : "manage");
    if (options.sessionId) {
      const session = await tx.session.findFirst({ where: { id: options.sessionId, conferenceId: conference.id }, select: { hostId: true } });
      if (!session) throw new AppError("not_found", "Session not found");
      if (!canEditSessionOf(access, session.hostId)) throw new AppError("forbidden", "You may not manage this session's waiting list");
    }

    let promoted: Promotion[];
    if (!options.sessionId) {
      if (registration.status !== "waitlisted") throw new AppError("conflict", "This registration is not on the waiting list", undefined, { reason: "not_waitlisted" });
      if (!(await takeConferenceSeat(tx, conference.id))) throw new AppError("conflict", "No free seat at this conference", undefined, { reason: "full" });
      promoted = await admitToConference(tx, conference, registration, now);
    } else {
      const entry = await tx.sessionRegistration.findUnique({
        where: { registrationId_sessionId: { registrationId: registration.id, sessionId: options.sessionId } },
        include: { session: { select: sessionMailSelect } },
      });
      if (!entry || entry.status !== "waitlisted") throw new AppError("conflict", "This attendee is not on the session's waiting list", undefined, { reason: "not_waitlisted" });
      if (registration.status !== "confirmed") {
        throw new AppError("conflict", "The attendee is still waiting for a place at the conference", undefined, { reason: "registration_waitlisted" });
      }
      if (entry.session.status !== "scheduled") throw new AppError("conflict", "This session is not scheduled", undefined, { reason: "session_not_scheduled" });
      if (!(await takeSessionSeat(tx, options.sessionId))) throw new AppError("conflict", "No free seat in this session", undefined, { reason: "full" });
      await admitToSession(tx, conference, { id: entry.id, registration, session: entry.session }, now);
      promoted = [{ registrationId: registration.id, sessionId: options.sessionId }];
    }

    await writeAuditLog(tx, {
      actor: options.actor,
      conferenceId: conference.id,
      entityType: options.sessionId ? "SessionRegistration" : "Registration",
      entityId: registration.id,
      action: "registration.confirm-from-waitlist",
      before: { status: "waitlisted", sessionId: options.sessionId ?? null },
      after: { status: "confirmed", promoted: promoted.map((p) => ({ registrationId: p.registrationId, sessionId: p.sessionId })) },
    });
    return { registrationId: registration.id, sessionId: options.sessionId ?? null, promoted };
  });
}
