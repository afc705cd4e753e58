/**
 * An organiser corrects an attendee's details, answers or email language from the attendee's
 * page. The same partial update as the attendee's own (lib/registrations/update-registration.ts:
 * absent fields stay, null clears, the attendee is told what changed, the audit row names the
 * organiser); the programme is changed through the list's actions, not here.
 */
import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import { refuse, type Outcome, type Refusal } from "../outcome";
import { requireConferenceAccess } from "../hosts/permissions";
import type { RegistrationUpdate } from "../registrations/schema";
import { updateRegistration, type UpdateRegistrationRefusal, type UpdateRegistrationResult } from "../registrations/update-registration";

/** What the attendee page's form gets back: whether anything was sent, or why the change was refused. */
export type UpdateAttendeeOutcome = Outcome<{ changed: boolean }, UpdateRegistrationRefusal | Refusal<"anonymised">>;

export async function updateAttendee(options: {
  conferenceId: string;
  registrationId: string;
  input: RegistrationUpdate;
  locale?: string;
  actor: { userId: string };
  now?: Date;
}): Promise<UpdateRegistrationResult | Refusal<"anonymised">> {
  await requireConferenceAccess(db, options.actor.userId, options.conferenceId, "manage");
  // Only a registration of this conference: an id from another one is not found, whatever the role there.
  const registration = await db.registration.findFirst({ where: { id: options.registrationId, conferenceId: options.conferenceId }, select: { id: true, anonymisedAt: true } });
  if (!registration) throw new AppError("not_found", "Registration not found");
  if (registration.anonymisedAt) return refuse("anonymised");
  const { sessionIds: _ignored, ...input } = options.input;
  return updateRegistration({ registrationId: registration.id, input, locale: options.locale, actor: options.actor, now: options.now });
}
