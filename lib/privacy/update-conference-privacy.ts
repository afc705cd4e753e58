/** Organisers shorten the retention period (never beyond six months) and add their own privacy text. */
import "server-only";
import { writeAuditLog } from "../audit";
import { writeTransaction } from "../db-retry";
import { requireConferenceAccess } from "../hosts/permissions";
import type { ConferencePrivacyInput } from "./schema";

export async function updateConferencePrivacy(options: { actor: { userId: string }; input: ConferencePrivacyInput }) {
  const { conferenceId, retentionMonths, privacyText } = options.input;
  return writeTransaction(async (tx) => {
    await requireConferenceAccess(tx, options.actor.userId, conferenceId, "manage");
    const before = await tx.conference.findUniqueOrThrow({ where: { id: conferenceId }, select: { retentionMonths: true, privacyText: true } });
    const data = {
      ...(retentionMonths !== undefined ? { retentionMonths } : {}),
      ...(privacyText !== undefined ? { privacyText: privacyText || null } : {}),
    };
    const changed = (Object.keys(data) as (keyof typeof data)[]).filter((k) => data[k] !== before[k]);
    if (!changed.length) return { changed };
    await tx.conference.update({ where: { id: conferenceId }, data });
    await writeAuditLog(tx, {
      actor: options.actor,
      conferenceId,
      entityType: "Conference",
      entityId: conferenceId,
      action: "conference.privacy",
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: Object.fromEntries(changed.map((k) => [k, data[k]])),
    });
    return { changed };
  });
}
