/** An organiser registers someone by hand (phone, paper form): the same rules as the public form, but also outside the registration window. */
import "server-only";
import { db } from "../db";
import { requireConferenceAccess } from "../hosts/permissions";
import { registerAttendee } from "../registrations/register-attendee";

export async function addAttendee(options: { conferenceId: string; input: unknown; locale?: string; actor: { userId: string } }) {
  await requireConferenceAccess(db, options.actor.userId, options.conferenceId, "manage");
  const { slug } = await db.conference.findUniqueOrThrow({ where: { id: options.conferenceId }, select: { slug: true } });
  return registerAttendee({ conferenceSlug: slug, input: options.input, locale: options.locale, byOrganiser: { userId: options.actor.userId } });
}
