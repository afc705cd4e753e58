import "server-only";
import { db } from "../db";
import { requireConferenceAccess } from "../hosts/permissions";

/** The conference's retention period, own privacy text and anonymisation date, for its settings page. */
export async function conferencePrivacySettings(options: { conferenceId: string; actor: { userId: string } }) {
  await requireConferenceAccess(db, options.actor.userId, options.conferenceId, "manage");
  return db.conference.findUniqueOrThrow({ where: { id: options.conferenceId }, select: { retentionMonths: true, privacyText: true, anonymisedAt: true, timeZone: true } });
}
