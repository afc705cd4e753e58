/**
 * The shared step of the settings use cases that write a few columns of a conference (certificates,
 * privacy): a manager's change, written only where it differs from what is stored, with one audit row.
 */
import "server-only";
import type { Conference } from "../../prisma/generated/sqlite";
import { writeAuditLog } from "../audit";
import { writeTransaction } from "../db-retry";
import { requireConferenceAccess } from "../hosts/permissions";
import { publicConferenceChanged } from "./public-cache";

export async function updateConferenceSettingsFields<K extends keyof Conference>(options: {
  actor: { userId: string };
  conferenceId: string;
  data: Partial<Pick<Conference, K>>;
  /** The audit action, e.g. "conference.privacy". */
  action: string;
  /** The public pages or `GET /api/conferences/{slug}` show these columns: their cache goes with the change. */
  shownPublicly?: boolean;
}): Promise<{ changed: K[] }> {
  const { actor, conferenceId, data, action } = options;
  return writeTransaction(async (tx) => {
    await requireConferenceAccess(tx, actor.userId, conferenceId, "manage");
    const before = await tx.conference.findUniqueOrThrow({ where: { id: conferenceId } });
    const changed = (Object.keys(data) as K[]).filter((k) => data[k] !== before[k]);
    if (!changed.length) return { changed };
    await tx.conference.update({ where: { id: conferenceId }, data });
    if (options.shownPublicly) publicConferenceChanged(tx, conferenceId);
    await writeAuditLog(tx, {
      actor,
      conferenceId,
      entityType: "Conference",
      entityId: conferenceId,
      action,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: Object.fromEntries(changed.map((k) => [k, data[k]])),
    });
    return { changed };
  });
}
