/**
 * Publishing, archiving and withdrawing a conference. A draft is visible only to its organisers;
 * published is public with registration (inside its window); archived stays public as a record.
 * Back to draft only while nobody is registered (see statusChangeRefusal).
 */
import "server-only";
import { writeAuditLog } from "../audit";
import { writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { requireConferenceAccess } from "../hosts/permissions";
import { statusChangeRefusal } from "./rules";
import { setConferenceStatusInput } from "./schema";
import { publicConferenceChanged } from "./public-cache";

export async function setConferenceStatus(options: { input: unknown; actor: { userId: string } }) {
  const { conferenceId, status } = setConferenceStatusInput.parse(options.input);
  return writeTransaction(async (tx) => {
    await requireConferenceAccess(tx, options.actor.userId, conferenceId, "manage");
    publicConferenceChanged(tx, conferenceId);
    const conference = await tx.conference.findUniqueOrThrow({ where: { id: conferenceId }, select: { status: true } });
    const registrations = status === "draft" ? await tx.registration.count({ where: { conferenceId, status: { not: "cancelled" } } }) : 0;
    const refusal = statusChangeRefusal(conference.status, status, registrations);
    if (refusal) throw new AppError("conflict", `Cannot change the status from ${conference.status} to ${status}`, undefined, { reason: refusal, registrations });
    const updated = await tx.conference.update({ where: { id: conferenceId }, data: { status } });
    await writeAuditLog(tx, {
      actor: options.actor,
      conferenceId,
      entityType: "Conference",
      entityId: conferenceId,
      action: "conference.status",
      before: { status: conference.status },
      after: { status },
    });
    return updated;
  });
}
