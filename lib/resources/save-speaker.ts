/** Creates or edits a speaker of a conference. */
import "server-only";
import type { z } from "zod";
import { writeAuditLog } from "../audit";
import { writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { requireConferenceAccess } from "../hosts/permissions";
import { sentFields } from "../validation/fields";
import { saveSpeakerInput } from "./schema";
import { emitSessionEvent } from "../webhooks/emit";
import { publicConferenceChanged } from "../conferences/public-cache";

export async function saveSpeaker(options: { input: z.output<typeof saveSpeakerInput>; actor: { userId: string } }) {
  const input = options.input;
  return writeTransaction(async (tx) => {
    await requireConferenceAccess(tx, options.actor.userId, input.conferenceId, "manage");
    publicConferenceChanged(tx, input.conferenceId);
    const before = input.speakerId ? await tx.speaker.findFirst({ where: { id: input.speakerId, conferenceId: input.conferenceId } }) : null;
    if (input.speakerId && !before) throw new AppError("not_found", "Speaker not found");
    if (!before && input.name === undefined) throw new AppError("validation", "A speaker needs a name", { name: "required" });
    // An edit writes only what was sent (absent = unchanged, lib/validation/fields.ts).
    const data = sentFields({ name: input.name, organisation: input.organisation, bio: input.bio, email: input.email });
    const speaker = before
      ? await tx.speaker.update({ where: { id: before.id }, data })
      : await tx.speaker.create({ data: { conferenceId: input.conferenceId, ...data, name: input.name ?? "" } });
    await writeAuditLog(tx, {
      actor: options.actor,
      conferenceId: input.conferenceId,
      entityType: "Speaker",
      entityId: speaker.id,
      action: before ? "speaker.update" : "speaker.create",
      ...(before ? { before: { name: before.name, organisation: before.organisation, bio: before.bio, email: before.email } } : {}),
      after: { name: speaker.name, organisation: speaker.organisation, bio: speaker.bio, email: speaker.email },
    });
    if (before && before.name !== speaker.name) {
      const sessions = await tx.sessionSpeaker.findMany({ where: { speakerId: speaker.id, session: { status: { not: "cancelled" } } }, select: { sessionId: true } });
      for (const { sessionId } of sessions) await emitSessionEvent(tx, { type: "session.changed", conferenceId: input.conferenceId, sessionId, now: new Date(), extra: { changed: ["speakers"] } });
    }
    return { speaker };
  });
}
