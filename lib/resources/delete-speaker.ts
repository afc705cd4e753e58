/**
 * Deletes a speaker. A speaker still named on sessions that are not cancelled is refused, listing
 * them: the programme would otherwise lose a name without anyone deciding who replaces them.
 */
import "server-only";
import type { z } from "zod";
import { writeAuditLog } from "../audit";
import { writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { refusalsOf, refuse, type Outcome, type Refusal } from "../outcome";
import { requireConferenceAccess } from "../hosts/permissions";
import { deleteSpeakerInput } from "./schema";
import { publicConferenceChanged } from "../conferences/public-cache";

export type DeleteSpeakerRefusal = Refusal<"speaker_in_use", { sessions: string[] }>;
export type DeleteSpeakerResult = Outcome<{ name: string }, DeleteSpeakerRefusal>;

export async function deleteSpeaker(options: { input: z.output<typeof deleteSpeakerInput>; actor: { userId: string } }): Promise<DeleteSpeakerResult> {
  const input = options.input;
  // A refusal rolls the transaction back: nothing is written, no cached page dropped.
  return refusalsOf<DeleteSpeakerResult, DeleteSpeakerRefusal>((rollBack) =>
    writeTransaction(async (tx) => {
      await requireConferenceAccess(tx, options.actor.userId, input.conferenceId, "manage");
      publicConferenceChanged(tx, input.conferenceId);
      const speaker = await tx.speaker.findFirst({ where: { id: input.speakerId, conferenceId: input.conferenceId } });
      if (!speaker) throw new AppError("not_found", "Speaker not found");
      const linked = await tx.session.findMany({
        where: { speakers: { some: { speakerId: speaker.id } }, status: { not: "cancelled" } },
        select: { title: true },
        orderBy: { startsAt: "asc" },
      });
      if (linked.length) return rollBack(refuse("speaker_in_use", { sessions: linked.map((s) => s.title) }));
      await tx.speaker.delete({ where: { id: speaker.id } });
      await writeAuditLog(tx, {
        actor: options.actor,
        conferenceId: input.conferenceId,
        entityType: "Speaker",
        entityId: speaker.id,
        action: "speaker.delete",
        before: { name: speaker.name, organisation: speaker.organisation, bio: speaker.bio, email: speaker.email },
      });
      return { ok: true, name: speaker.name };
    }),
  );
}
