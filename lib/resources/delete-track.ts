/**
 * Deletes a track. Its sessions stay in the programme without a track, but only once the organiser
 * has confirmed that (unlinkSessions); otherwise the number of affected sessions comes back.
 */
import "server-only";
import type { z } from "zod";
import { writeAuditLog } from "../audit";
import { writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { refusalsOf, refuse, type Outcome, type Refusal } from "../outcome";
import { requireConferenceAccess } from "../hosts/permissions";
import { deleteTrackInput } from "./schema";
import { emitSessionEvent } from "../webhooks/emit";
import { publicConferenceChanged } from "../conferences/public-cache";

export type DeleteTrackRefusal = Refusal<"track_in_use", { count: number }>;
export type DeleteTrackResult = Outcome<{ name: string; unlinked: number }, DeleteTrackRefusal>;

export async function deleteTrack(options: { input: z.output<typeof deleteTrackInput>; actor: { userId: string } }): Promise<DeleteTrackResult> {
  const input = options.input;
  // A refusal rolls the transaction back: nothing is written, no cached page dropped.
  return refusalsOf<DeleteTrackResult, DeleteTrackRefusal>((rollBack) =>
    writeTransaction(async (tx) => {
      await requireConferenceAccess(tx, options.actor.userId, input.conferenceId, "manage");
      publicConferenceChanged(tx, input.conferenceId);
      const track = await tx.track.findFirst({ where: { id: input.trackId, conferenceId: input.conferenceId } });
      if (!track) throw new AppError("not_found", "Track not found");
      const linked = await tx.session.findMany({ where: { trackId: track.id }, select: { id: true } });
      if (linked.length && !input.unlinkSessions) return rollBack(refuse("track_in_use", { count: linked.length }));
      await tx.session.updateMany({ where: { trackId: track.id }, data: { trackId: null } });
      await tx.track.delete({ where: { id: track.id } });
      for (const { id } of linked) await emitSessionEvent(tx, { type: "session.changed", conferenceId: input.conferenceId, sessionId: id, now: new Date(), extra: { changed: ["track"] } });
      await writeAuditLog(tx, {
        actor: options.actor,
        conferenceId: input.conferenceId,
        entityType: "Track",
        entityId: track.id,
        action: "track.delete",
        before: { name: track.name, color: track.color, position: track.position },
        after: { unlinkedSessions: linked.map((s) => s.id) },
      });
      return { ok: true, name: track.name, unlinked: linked.length };
    }),
  );
}
