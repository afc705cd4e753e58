/**
 * Deletes a speaker. A speaker still named on sessions that are not cancelled is refused, listing
 * them: the programme would otherwise lose a name without anyone deciding who replaces them.
 */
import "server-only";
import { writeAuditLog } from "../audit";
import { writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { requireConferenceAccess } from "../hosts/permissions";
import { deleteSpeakerInput } from "./schema";
import { publicConferenceChanged } from "../conferences/public-cache";

export async function deleteSpeaker(options: { input: unknown; actor: { userId: string } }) {
  const input = deleteSpeakerInput.parse(options.input);
  return writeTransaction(async (tx) => {
    await requireConferenceAccess(tx, options.actor.userId, input.conferenceId, "manage");
    publicConferenceChanged(tx, input.conferenceId);
    const speaker = await tx.speaker.findFirst({ where: { id: input.speakerId, conferenceId: input.conferenceId } });
    if (!speaker) throw new AppError("not_found", "Speaker not found");
    const linked = await tx.session.findMany({
      where: { speakers: { some: { speakerId: speaker.id } }, status: { not: "cancelled" } },
      select: { title: true },
      orderBy: { startsAt: "asc" },
    });
    if (linked.length) {
      const sessions = linked.map((s) => s.title);
      throw new AppError("conflict", `The speaker is on ${sessions.map((t) => `"${t}"`).join(", ")}; remove them there first`, undefined, { reason: "speaker_in_use", sessions });
    }
    await tx.speaker.delete({ where: { id: speaker.id } });
    await writeAuditLog(tx, {
      actor: options.actor,
      conferenceId: input.conferenceId,
      entityType: "Speaker",
      entityId: speaker.id,
      action: "speaker.delete",
      before: { name: speaker.name, organisation: speaker.organisation, bio: speaker.bio, email: speaker.email },
    });
    return { name: speaker.name };
  });
}
