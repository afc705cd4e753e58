/** Creates or edits a track (a thematic strand with a colour). Names are unique per conference. */
import "server-only";
import type { z } from "zod";
import { writeAuditLog } from "../audit";
import { writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { requireConferenceAccess } from "../hosts/permissions";
import { nameTakenOnUnique } from "./name-taken";
import { sentFields } from "../validation/fields";
import { sameName } from "./rules";
import { saveTrackInput } from "./schema";
import { publicConferenceChanged } from "../conferences/public-cache";

export async function saveTrack(options: { input: z.output<typeof saveTrackInput>; actor: { userId: string } }) {
  const input = options.input;
  return writeTransaction(async (tx) => {
    await requireConferenceAccess(tx, options.actor.userId, input.conferenceId, "manage");
    publicConferenceChanged(tx, input.conferenceId);
    const tracks = await tx.track.findMany({ where: { conferenceId: input.conferenceId } });
    const before = input.trackId ? tracks.find((t) => t.id === input.trackId) : undefined;
    if (input.trackId && !before) throw new AppError("not_found", "Track not found");
    if (!before && (input.name === undefined || input.color === undefined)) {
      throw new AppError("validation", "A track needs a name and a colour", { ...(input.name === undefined ? { name: "required" } : {}), ...(input.color === undefined ? { color: "invalidColour" } : {}) });
    }
    const name = input.name ?? before?.name ?? "";
    if (tracks.some((t) => t.id !== input.trackId && sameName(t.name, name))) throw new AppError("validation", "Track name taken", { name: "nameTaken" });
    // An edit writes only what was sent (absent = unchanged, lib/validation/fields.ts).
    const data = sentFields({ name: input.name, color: input.color });
    const position = before ? before.position : tracks.reduce((max, t) => Math.max(max, t.position + 1), 0);
    const track = before
      ? await tx.track.update({ where: { id: before.id }, data })
      : await tx.track.create({ data: { conferenceId: input.conferenceId, ...data, name, position } });
    await writeAuditLog(tx, {
      actor: options.actor,
      conferenceId: input.conferenceId,
      entityType: "Track",
      entityId: track.id,
      action: before ? "track.update" : "track.create",
      ...(before ? { before: { name: before.name, color: before.color } } : {}),
      after: { name: track.name, color: track.color, position },
    });
    return { track };
  }).catch(nameTakenOnUnique);
}
