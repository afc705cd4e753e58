/** What the manage page and the organiser's settings page show about certificates. */
import "server-only";
import { db } from "../db";
import { requireConferenceAccess } from "../hosts/permissions";
import { attendance } from "../attendees/attended-sessions";
import { attendedHours, certificateRefusal, type CertificateRefusal } from "./rules";

/** For the attendee's manage page: null when the conference offers no certificates (nothing to show). */
export async function certificateAvailability(registrationId: string, now = new Date()): Promise<{ available: true; hours: number } | { available: false; reason: Exclude<CertificateRefusal, "not_offered"> } | null> {
  const registration = await db.registration.findUnique({ where: { id: registrationId }, include: { certificate: true, conference: { select: { certificatesEnabled: true, endsAt: true } } } });
  if (!registration || registration.anonymisedAt) return null;
  const { present, sessions } = await attendance(db, registration.id);
  const refusal = certificateRefusal({ conference: registration.conference, attended: present, issued: registration.certificate !== null, now });
  if (refusal === "not_offered") return null;
  if (refusal) return { available: false, reason: refusal };
  // What the download will say (it updates the stored hours to the same figure).
  return { available: true, hours: attendedHours(sessions) };
}

/** For the settings page: the conference's choices, how many were issued, and who may get one by hand. */
export async function certificateSettings(options: { conferenceId: string; actor: { userId: string } }) {
  await requireConferenceAccess(db, options.actor.userId, options.conferenceId, "manage");
  const [conference, issued, candidates] = await Promise.all([
    db.conference.findUniqueOrThrow({ where: { id: options.conferenceId }, select: { certificatesEnabled: true, certificateSignatory: true, endsAt: true } }),
    db.certificate.count({ where: { registration: { conferenceId: options.conferenceId } } }),
    // Confirmed people never seen at the entrance and without a certificate: the ones a missed check-in leaves out.
    db.registration.findMany({
      where: { conferenceId: options.conferenceId, status: "confirmed", anonymisedAt: null, checkedInAt: null, certificate: null, sessionCheckIns: { none: {} } },
      select: { id: true, name: true, organisation: true },
      orderBy: { name: "asc" },
      take: 2000,
    }),
  ]);
  return { ...conference, issued, candidates };
}
