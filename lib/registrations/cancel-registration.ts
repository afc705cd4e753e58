/**
 * Cancels a registration: the row is kept (status cancelled), its seats are freed, the waiting
 * lists move up in order, and the attendee gets a cancellation carrying the conference's
 * METHOD:CANCEL, each held session's CANCEL following in a message of its own.
 */
import "server-only";
import { type Actor, writeAuditLog } from "../audit";
import type { Tx } from "../db";
import { writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { toLocale } from "../i18n-server";
import { enqueueAttendeeEmail } from "./attendee-email";
import { conferenceInvite, deliverInvites, sessionInvite } from "./calendar-invites";
import { conferenceMailInclude, sessionMailSelect } from "./payloads";
import { promoteWaitlist } from "./promote-waitlist";
import { releaseConferenceSeat, releaseSessionSeat } from "./seats";
import { emitRegistrationEvent } from "../webhooks/emit";
import { publicConferenceChanged } from "../conferences/public-cache";

export type { Actor };

export type CancelOptions = { registrationId: string; actor: Actor; now?: Date };
export type CancelResult = { status: "cancelled"; alreadyCancelled: boolean; emailIds?: string[] };

export async function cancelRegistration(options: CancelOptions): Promise<{ status: "cancelled"; alreadyCancelled: boolean }> {
  const { status, alreadyCancelled } = await writeTransaction((tx) => cancelRegistrationIn(tx, options));
  return { status, alreadyCancelled };
}

/** The cancellation inside the caller's transaction (erasure cancels and anonymises in one). */
export async function cancelRegistrationIn(tx: Tx, options: CancelOptions): Promise<CancelResult> {
  const now = options.now ?? new Date();
  {
    // Claim the cancellation with a conditional write first, so two concurrent cancels free seats once.
    const { count } = await tx.registration.updateMany({
      where: { id: options.registrationId, status: { not: "cancelled" } },
      data: { status: "cancelled", cancelledAt: now },
    });
    const registration = await tx.registration.findUnique({
      where: { id: options.registrationId },
      include: { conference: { include: conferenceMailInclude }, sessions: { where: { status: { not: "cancelled" } }, include: { session: { select: sessionMailSelect } } } },
    });
    if (!registration) throw new AppError("not_found", "Registration not found");
    publicConferenceChanged(tx, registration.conferenceId, { seatsOnly: true });
    if (count === 0) return { status: "cancelled" as const, alreadyCancelled: true };

    const wasConfirmed = registration.confirmedAt !== null && registration.waitlistedAt === null;
    await tx.sessionRegistration.updateMany({ where: { registrationId: registration.id, status: { not: "cancelled" } }, data: { status: "cancelled", cancelledAt: now } });
    // Conference row first, then sessions in id order: the order registrations lock them in, so
    // PostgreSQL never sees the two wait for each other.
    if (wasConfirmed) await releaseConferenceSeat(tx, registration.conferenceId);
    const freedSessions = registration.sessions.filter((s) => s.status === "confirmed").sort((a, b) => a.sessionId.localeCompare(b.sessionId));
    for (const s of freedSessions) await releaseSessionSeat(tx, s.sessionId);

    const locale = toLocale(registration.locale);
    const attendee = { name: registration.name, email: registration.email };
    const conference = registration.conference;
    const emailIds = await deliverInvites(tx, {
      recipient: { id: registration.id, ...attendee, locale },
      conference,
      items: wasConfirmed ? [conferenceInvite(conference, attendee, "CANCEL", locale), ...freedSessions.map((s) => sessionInvite(s.session, conference, attendee, "CANCEL", locale))] : [],
      primary: (parts) =>
        enqueueAttendeeEmail(tx, {
          kind: "registration-cancelled",
          registration,
          conference,
          locale,
          payload: { ...parts },
        }),
    });
    await writeAuditLog(tx, {
      actor: options.actor,
      conferenceId: registration.conferenceId,
      entityType: "Registration",
      entityId: registration.id,
      action: "registration.cancel",
      before: { status: wasConfirmed ? "confirmed" : "waitlisted" },
      after: { status: "cancelled" },
    });
    await emitRegistrationEvent(tx, { type: "registration.cancelled", conferenceId: registration.conferenceId, registrationId: registration.id, now });
    if (wasConfirmed) await promoteWaitlist(tx, { conferenceId: registration.conferenceId, now });
    for (const s of freedSessions) await promoteWaitlist(tx, { conferenceId: registration.conferenceId, sessionId: s.sessionId, now });
    return { status: "cancelled" as const, alreadyCancelled: false, emailIds };
  }
}
