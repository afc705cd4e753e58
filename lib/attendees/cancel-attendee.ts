/** An organiser cancels a registration; seats are freed and the waiting lists move up (lib/registrations). */
import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import { requireConferenceAccess } from "../hosts/permissions";
import { cancelRegistration } from "../registrations/cancel-registration";

export async function cancelAttendee(options: { registrationId: string; actor: { userId: string } }) {
  const registration = await db.registration.findUnique({ where: { id: options.registrationId }, select: { conferenceId: true } });
  if (!registration) throw new AppError("not_found", "Registration not found");
  await requireConferenceAccess(db, options.actor.userId, registration.conferenceId, "manage");
  return cancelRegistration({ registrationId: options.registrationId, actor: options.actor });
}
