/**
 * Creates or edits a room. Names are unique per conference. A room's name is the calendar
 * LOCATION of its sessions, so renaming a room used by published, scheduled sessions raises their
 * revision and sends holders an updated invite — the same path a session's room change takes.
 */
import "server-only";
import type { z } from "zod";
import { writeAuditLog } from "../audit";
import { writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { requireConferenceAccess } from "../hosts/permissions";
import { conferenceMailInclude, sessionMailSelect } from "../registrations/payloads";
import { notifyHolders } from "../sessions/update-session";
import { emitSessionEvent } from "../webhooks/emit";
import { nameTakenOnUnique } from "./name-taken";
import { sentFields } from "../validation/fields";
import { sameName } from "./rules";
import { saveRoomInput } from "./schema";
import { publicConferenceChanged } from "../conferences/public-cache";

export async function saveRoom(options: { input: z.output<typeof saveRoomInput>; actor: { userId: string } }) {
  const input = options.input;
  return writeTransaction(async (tx) => {
    await requireConferenceAccess(tx, options.actor.userId, input.conferenceId, "manage");
    publicConferenceChanged(tx, input.conferenceId);
    const rooms = await tx.room.findMany({ where: { conferenceId: input.conferenceId }, orderBy: { position: "asc" } });
    const before = input.roomId ? rooms.find((r) => r.id === input.roomId) : undefined;
    if (input.roomId && !before) throw new AppError("not_found", "Room not found");
    if (!before && input.name === undefined) throw new AppError("validation", "A room needs a name", { name: "required" });
    const name = input.name ?? before?.name ?? "";
    if (rooms.some((r) => r.id !== input.roomId && sameName(r.name, name))) throw new AppError("validation", "Room name taken", { name: "nameTaken" });
    // An edit writes only what was sent (absent = unchanged, lib/validation/fields.ts).
    const data = sentFields({ name: input.name, description: input.description, descriptionEn: input.descriptionEn, capacity: input.capacity });

    if (!before) {
      const position = rooms.reduce((max, r) => Math.max(max, r.position + 1), 0);
      const room = await tx.room.create({ data: { conferenceId: input.conferenceId, ...data, name, position } });
      await writeAuditLog(tx, { actor: options.actor, conferenceId: input.conferenceId, entityType: "Room", entityId: room.id, action: "room.create", after: { ...data, position } });
      return { room, notified: 0, sessionsUpdated: 0 };
    }

    const room = await tx.room.update({ where: { id: before.id }, data });
    let notified = 0;
    let sessionsUpdated = 0;
    if (room.name !== before.name) {
      const conference = await tx.conference.findUniqueOrThrow({ where: { id: input.conferenceId }, include: conferenceMailInclude });
      if (conference.status === "published") {
        const affected = await tx.session.findMany({ where: { roomId: room.id, status: "scheduled" }, select: { id: true } });
        for (const { id } of affected) {
          const session = await tx.session.update({ where: { id }, data: { revision: { increment: 1 } }, select: sessionMailSelect });
          notified += await notifyHolders(tx, conference, session, "session-updated", { room: { before: before.name, after: room.name } });
        }
        sessionsUpdated = affected.length;
      }
      // Integrations hear of every session in the room, drafts included (the payload names the room).
      const inRoom = await tx.session.findMany({ where: { roomId: room.id, status: { not: "cancelled" } }, select: { id: true } });
      for (const { id } of inRoom) await emitSessionEvent(tx, { type: "session.changed", conferenceId: input.conferenceId, sessionId: id, now: new Date(), extra: { changed: ["room"] } });
    }
    await writeAuditLog(tx, {
      actor: options.actor,
      conferenceId: input.conferenceId,
      entityType: "Room",
      entityId: room.id,
      action: "room.update",
      before: { name: before.name, description: before.description, descriptionEn: before.descriptionEn, capacity: before.capacity },
      after: { name: room.name, description: room.description, descriptionEn: room.descriptionEn, capacity: room.capacity, ...(sessionsUpdated ? { sessionsUpdated } : {}) },
    });
    return { room, notified, sessionsUpdated };
  }).catch(nameTakenOnUnique);
}
