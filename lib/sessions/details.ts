/** Checks a session's track and speakers against its conference, shared by create and update. */
import type { Tx } from "../db";
import { AppError } from "../errors";

/** Throws a field error for a track or speaker of another conference; returns the speakers' names by id. */
export async function checkTrackAndSpeakers(tx: Tx, conferenceId: string, details: { trackId?: string | null; speakerIds: string[] }): Promise<Record<string, string>> {
  if (details.trackId && !(await tx.track.findFirst({ where: { id: details.trackId, conferenceId }, select: { id: true } }))) {
    throw new AppError("validation", "Unknown track", { trackId: "unknownTrack" });
  }
  if (!details.speakerIds.length) return {};
  const speakers = await tx.speaker.findMany({ where: { id: { in: details.speakerIds }, conferenceId }, select: { id: true, name: true } });
  if (speakers.length !== details.speakerIds.length) throw new AppError("validation", "Unknown speaker", { speakerIds: "unknownSpeaker" });
  return Object.fromEntries(speakers.map((s) => [s.id, s.name]));
}
