/**
 * Deletes a room. A room still holding sessions (draft or scheduled) is refused with their count:
 * those sessions would silently lose their place, and attendees their calendar location.
 */
import "server-only";
import type { z } from "zod";
import { writeAuditLog } from "../audit";
import { writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { refusalsOf, refuse, type Outcome, type Refusal } from "../outcome";
import { requireConferenceAccess } from "../hosts/permissions";
import { deleteRoomInput } from "./schema";
import { publicConferenceChanged } from "../conferences/public-cache";

export type DeleteRoomRefusal = Refusal<"room_in_use", { count: number }>;
export type DeleteRoomResult = Outcome<{ name: string }, DeleteRoomRefusal>;

export async function deleteRoom(options: { input: z.output<typeof deleteRoomInput>; actor: { userId: string } }): Promise<DeleteRoomResult> {
  const input = options.input;
  // A refusal rolls the transaction back: nothing is written, no cached page dropped.
  return refusalsOf<DeleteRoomResult, DeleteRoomRefusal>((rollBack) =>
    writeTransaction(async (tx) => {
      await requireConferenceAccess(tx, options.actor.userId, input.conferenceId, "manage");
      publicConferenceChanged(tx, input.conferenceId);
      const room = await tx.room.findFirst({ where: { id: input.roomId, conferenceId: input.conferenceId } });
      if (!room) throw new AppError("not_found", "Room not found");
      const sessions = await tx.session.count({ where: { roomId: room.id, status: { not: "cancelled" } } });
      if (sessions > 0) return rollBack(refuse("room_in_use", { count: sessions }));
      await tx.room.delete({ where: { id: room.id } });
      await writeAuditLog(tx, {
        actor: options.actor,
        conferenceId: input.conferenceId,
        entityType: "Room",
        entityId: room.id,
        action: "room.delete",
        before: { name: room.name, description: room.description, capacity: room.capacity, position: room.position },
      });
      return { ok: true, name: room.name };
    }),
  );
}
