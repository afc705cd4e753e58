/**
 * Publishing, archiving and withdrawing a conference. A draft is visible only to its organisers;
 * published is public with registration (inside its window); archived stays public as a record.
 * Back to draft only while nobody is registered (see statusChangeRefusal).
 */
import "server-only";
import type { z } from "zod";
import { writeAuditLog } from "../audit";
import { writeTransaction } from "../db-retry";
import { refusalsOf, refuse, type Outcome, type Refusal } from "../outcome";
import { requireConferenceAccess } from "../hosts/permissions";
import { statusChangeRefusal, type ConferenceStatus, type StatusChangeRefusal } from "./rules";
import { setConferenceStatusInput } from "./schema";
import { publicConferenceChanged } from "./public-cache";

export type SetConferenceStatusRefusal = Refusal<StatusChangeRefusal, { registrations: number }>;
export type SetConferenceStatusResult = Outcome<{ status: ConferenceStatus }, SetConferenceStatusRefusal>;

export async function setConferenceStatus(options: { input: z.output<typeof setConferenceStatusInput>; actor: { userId: string } }): Promise<SetConferenceStatusResult> {
  const { conferenceId, status } = options.input;
  // A refusal rolls the transaction back: nothing is written, no cached page dropped.
  return refusalsOf<SetConferenceStatusResult, SetConferenceStatusRefusal>((rollBack) =>
    writeTransaction(async (tx) => {
      await requireConferenceAccess(tx, options.actor.userId, conferenceId, "manage");
      publicConferenceChanged(tx, conferenceId);
      const conference = await tx.conference.findUniqueOrThrow({ where: { id: conferenceId }, select: { status: true } });
      const registrations = status === "draft" ? await tx.registration.count({ where: { conferenceId, status: { not: "cancelled" } } }) : 0;
      const refusal = statusChangeRefusal(conference.status, status, registrations);
      if (refusal) return rollBack(refuse(refusal, { registrations }));
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
      return { ok: true, status: updated.status };
    }),
  );
}
