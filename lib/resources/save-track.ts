/** Creates or edits a track (a thematic strand with a colour). Names are unique per conference. */
import { writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { requireConferenceAccess } from "../hosts/permissions";
import { nameTakenOnUnique } from "./name-taken";
import { sameName } from "./rules";
import { saveTrackInput } from "./schema";

export async function saveTrack(options: { input: unknown; actor: { userId: string } }) {
  const input = saveTrackInput.parse(options.input);
  return writeTransaction(async (tx) => {
    await requireConferenceAccess(tx, options.actor.userId, input.conferenceId, "manage");
    const tracks = await tx.track.findMany({ where: { conferenceId: input.conferenceId } });
    const before = input.trackId ? tracks.find((t) => t.id === input.trackId) : undefined;
    if (input.trackId && !before) throw new AppError("not_found", "Track not found");
    if (tracks.some((t) => t.id !== input.trackId && sameName(t.name, input.name))) throw new AppError("validation", "Track name taken", { name: "nameTaken" });
    const data = { name: input.name, color: input.color };
    const position = before ? before.position : tracks.reduce((max, t) => Math.max(max, t.position + 1), 0);
    const track = before
      ? await tx.track.update({ where: { id: before.id }, data })
      : await tx.track.create({ data: { conferenceId: input.conferenceId, ...data, position } });
    await tx.auditLog.create({
      data: {
        actorUserId: options.actor.userId,
        conferenceId: input.conferenceId,
        entityType: "Track",
        entityId: track.id,
        action: before ? "track.update" : "track.create",
        ...(before ? { before: { name: before.name, color: before.color } } : {}),
        after: { ...data, position },
      },
    });
    return { track };
  }).catch(nameTakenOnUnique);
}
