/** Organisers turn certificates on or off for a conference and set the signatory text (partial update). */
import "server-only";
import { writeAuditLog } from "../audit";
import { writeTransaction } from "../db-retry";
import { requireConferenceAccess } from "../hosts/permissions";
import { sentFields } from "../validation/fields";
import type { CertificateSettingsInput } from "./schema";

export async function updateCertificateSettings(options: { actor: { userId: string }; input: CertificateSettingsInput }) {
  const { conferenceId, ...fields } = options.input;
  const data = sentFields(fields);
  return writeTransaction(async (tx) => {
    await requireConferenceAccess(tx, options.actor.userId, conferenceId, "manage");
    const before = await tx.conference.findUniqueOrThrow({ where: { id: conferenceId }, select: { certificatesEnabled: true, certificateSignatory: true } });
    const changed = (Object.keys(data) as (keyof typeof data)[]).filter((k) => data[k] !== before[k]);
    if (!changed.length) return { changed };
    await tx.conference.update({ where: { id: conferenceId }, data });
    await writeAuditLog(tx, {
      actor: options.actor,
      conferenceId,
      entityType: "Conference",
      entityId: conferenceId,
      action: "conference.certificates",
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: Object.fromEntries(changed.map((k) => [k, data[k]])),
    });
    return { changed };
  });
}
