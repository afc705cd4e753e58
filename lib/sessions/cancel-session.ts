/**
 * Cancels a session: it stays in the programme marked cancelled, its revision goes up, and every
 * attendee holding a seat gets METHOD:CANCEL with STATUS:CANCELLED for the same UID.
 */
import "server-only";
import { writeAuditLog } from "../audit";
import { writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { assertCanEditSession, type OrganiserActor } from "../hosts/permissions";
import { conferenceMailInclude, sessionMailSelect } from "../registrations/payloads";
import { notifyHolders } from "./update-session";
import { emitSessionEvent } from "../webhooks/emit";
import { publicConferenceChanged } from "../conferences/public-cache";

export async function cancelSession(options: { sessionId: string; actor: OrganiserActor; now?: Date }) {
  const now = options.now ?? new Date();
  return writeTransaction(async (tx) => {
    const session = await tx.session.findUnique({ where: { id: options.sessionId }, include: { conference: { include: conferenceMailInclude } } });
    if (!session) throw new AppError("not_found", "Session not found");
    publicConferenceChanged(tx, session.conferenceId);
    await assertCanEditSession(tx, options.actor, session);
    if (session.status === "cancelled") return { notified: 0 };
    const updated = await tx.session.update({
      where: { id: session.id },
      data: { status: "cancelled", cancelledAt: now, revision: { increment: 1 } },
      select: sessionMailSelect,
    });
    await writeAuditLog(tx, { actor: options.actor, conferenceId: session.conferenceId, entityType: "Session", entityId: session.id, action: "session.cancel", before: { status: session.status }, after: { status: "cancelled" } });
    await emitSessionEvent(tx, { type: "session.cancelled", conferenceId: session.conferenceId, sessionId: session.id, now });
    const notified = session.conference.status === "published" && session.status === "scheduled" ? await notifyHolders(tx, session.conference, updated, "session-cancelled") : 0;
    return { notified };
  });
}
