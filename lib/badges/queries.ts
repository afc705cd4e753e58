/** The attendees page's badge section: counts, the last print run and the people to choose from. */
import "server-only";
import { db } from "../db";
import { requireConferenceAccess } from "../hosts/permissions";

export async function badgeOverview(options: { conferenceId: string; actor: { userId: string } }) {
  await requireConferenceAccess(db, options.actor.userId, options.conferenceId, "manage");
  const where = { conferenceId: options.conferenceId, status: "confirmed" as const, anonymisedAt: null };
  const [people, last] = await Promise.all([
    db.registration.findMany({ where, select: { id: true, name: true, organisation: true, badgePrintedAt: true } }),
    db.registration.aggregate({ where: { conferenceId: options.conferenceId }, _max: { badgePrintedAt: true } }),
  ]);
  people.sort((a, b) => a.name.localeCompare(b.name, "de"));
  return {
    confirmed: people.length,
    notPrinted: people.filter((p) => !p.badgePrintedAt).length,
    lastPrintedAt: last._max.badgePrintedAt,
    people: people.map((p) => ({ id: p.id, name: p.name, organisation: p.organisation })),
  };
}
