/** The attendee follows the opt-out link from a broadcast: no more organiser messages for this registration. */
import "server-only";
import { writeAuditLog } from "../audit";
import { db } from "../db";
import { AppError } from "../errors";
import { readOptOutToken } from "./broadcast-token";

export async function findOptOut(token: string) {
  const id = readOptOutToken(token);
  const registration = id ? await db.registration.findUnique({ where: { id }, select: { id: true, locale: true, broadcastOptOutAt: true, conference: { select: { title: true } } } }) : null;
  if (!registration) throw new AppError("not_found", "Unknown link");
  return { conferenceTitle: registration.conference.title, locale: registration.locale, optedOut: registration.broadcastOptOutAt !== null };
}

export async function optOutOfBroadcasts(options: { token: string; now?: Date }) {
  const id = readOptOutToken(options.token);
  if (!id) throw new AppError("not_found", "Unknown link");
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const registration = await tx.registration.findUnique({ where: { id }, select: { id: true, conferenceId: true, broadcastOptOutAt: true } });
    if (!registration) throw new AppError("not_found", "Unknown link");
    if (registration.broadcastOptOutAt) return { already: true };
    await tx.registration.update({ where: { id }, data: { broadcastOptOutAt: now } });
    await writeAuditLog(tx, { actor: "attendee", conferenceId: registration.conferenceId, entityType: "Registration", entityId: id, action: "registration.broadcast-opt-out", after: { broadcastOptOutAt: now.toISOString() } });
    return { already: false };
  });
}
