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
import { refusalsOf, refuse, type Outcome, type Refusal } from "../outcome";
import { canEditSessionOf, requireConferenceAccess } from "../hosts/permissions";
import { conferenceMailInclude, sessionMailSelect } from "../registrations/payloads";
import { admitToConference, admitToSession, type Promotion } from "../registrations/promote-waitlist";
import { takeConferenceSeat, takeSessionSeat } from "../registrations/seats";

export type PromoteAttendeeOptions = { registrationId: string; sessionId?: string; actor: { userId: string }; now?: Date };

/** Expected refusals: not (or no longer) waiting, still waiting for the conference itself, a session not scheduled, no free seat. */
export type PromoteAttendeeRefusal = Refusal<"not_waitlisted" | "registration_waitlisted" | "session_not_scheduled" | "full">;
export type PromoteAttendeeResult = Outcome<{ registrationId: string; sessionId: string | null; promoted: Promotion[] }, PromoteAttendeeRefusal>;

export async function promoteAttendee(options: PromoteAttendeeOptions): Promise<PromoteAttendeeResult> {
  const now = options.now ?? new Date();
  // A refusal rolls back (a seat not taken still locks its row): nothing written, no cached page dropped.
  return refusalsOf<PromoteAttendeeResult, PromoteAttendeeRefusal>((rollBack) =>
    writeTransaction(async (tx) => {
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
        if (registration.status !== "waitlisted") return rollBack(refuse("not_waitlisted"));
        if (!(await takeConferenceSeat(tx, conference.id))) return rollBack(refuse("full"));
        promoted = await admitToConference(tx, conference, registration, now);
      } else {
        const entry = await tx.sessionRegistration.findUnique({
          where: { registrationId_sessionId: { registrationId: registration.id, sessionId: options.sessionId } },
          include: { session: { select: sessionMailSelect } },
        });
        if (!entry || entry.status !== "waitlisted") return rollBack(refuse("not_waitlisted"));
        if (registration.status !== "confirmed") return rollBack(refuse("registration_waitlisted"));
        if (entry.session.status !== "scheduled") return rollBack(refuse("session_not_scheduled"));
        if (!(await takeSessionSeat(tx, options.sessionId))) return rollBack(refuse("full"));
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
      return { ok: true as const, registrationId: registration.id, sessionId: options.sessionId ?? null, promoted };
    }),
  );
}
