/** Moves a room or track one step up or down in the conference's order (timetable columns, legends). */
import "server-only";
import type { z } from "zod";
import { writeAuditLog } from "../audit";
import type { Tx } from "../db";
import { writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { requireConferenceAccess } from "../hosts/permissions";
import { moveStep } from "./rules";
import { moveResourceInput } from "./schema";
import { publicConferenceChanged } from "../conferences/public-cache";

export async function moveResource(options: { input: z.output<typeof moveResourceInput>; actor: { userId: string } }) {
  const input = options.input;
  return writeTransaction(async (tx) => {
    await requireConferenceAccess(tx, options.actor.userId, input.conferenceId, "manage");
    publicConferenceChanged(tx, input.conferenceId);
    const order = { orderBy: [{ position: "asc" as const }, { name: "asc" as const }], select: { id: true, position: true } };
    const items = input.kind === "room" ? await tx.room.findMany({ where: { conferenceId: input.conferenceId }, ...order }) : await tx.track.findMany({ where: { conferenceId: input.conferenceId }, ...order });
    const next = moveStep(
      items.map((i) => i.id),
      input.id,
      input.direction,
    );
    if (!next) throw new AppError("not_found", `${input.kind === "room" ? "Room" : "Track"} not found`);
    const before = items.map((i) => i.id);
    for (const [position, id] of next.entries()) await setPosition(tx, input.kind, id, position);
    await writeAuditLog(tx, {
      actor: options.actor,
      conferenceId: input.conferenceId,
      entityType: input.kind === "room" ? "Room" : "Track",
      entityId: input.id,
      action: `${input.kind}.move`,
      before: { order: before },
      after: { order: next, direction: input.direction },
    });
    return { order: next };
  });
}

function setPosition(tx: Tx, kind: "room" | "track", id: string, position: number) {
  return kind === "room" ? tx.room.update({ where: { id }, data: { position } }) : tx.track.update({ where: { id }, data: { position } });
}
