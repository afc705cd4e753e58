/** `GET /api/organiser/conferences/{id}/registrations/{registrationId}`: one registration, looked up within the conference and the caller's view of it. */
import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import { conferenceAccess, type OrganiserActor } from "../hosts/permissions";
import { attendeeWhere } from "./list-attendees";
import { organiserRegistrationInclude, organiserRegistrationJson, type OrganiserRegistrationJson } from "./registration-json";

export async function getRegistration(options: { conferenceId: string; registrationId: string; actor: OrganiserActor }): Promise<OrganiserRegistrationJson> {
  const access = await conferenceAccess(db, options.actor, options.conferenceId);
  if (access.level === "none") throw new AppError("not_found", "Conference not found");
  const [conference, registration] = await Promise.all([
    db.conference.findUniqueOrThrow({ where: { id: options.conferenceId }, select: { timeZone: true } }),
    db.registration.findFirst({ where: { AND: [attendeeWhere(options.conferenceId, access, {}), { id: options.registrationId }] }, include: organiserRegistrationInclude }),
  ]);
  if (!registration) throw new AppError("not_found", "Registration not found");
  return organiserRegistrationJson(registration, conference.timeZone, access.readHostIds);
}
