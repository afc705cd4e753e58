/** Marks an attendee present at the entrance, found by check-in code (from the QR code) or id. */
import { writeAuditLog } from "../audit";
import { db } from "../db";
import { writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { conferenceAccess } from "../hosts/permissions";
import { emitRegistrationEvent } from "../webhooks/emit";

/** What the check-in page shows after a scan (the server action maps the use case onto it). */
export type CheckInResult = { ok: true; name: string; already: boolean; present: number; confirmed: number } | { ok: false; message: string };

export async function checkInAttendee(options: { conferenceId: string; code: string; actor: { userId: string }; now?: Date }) {
  const now = options.now ?? new Date();
  const code = options.code.trim().toUpperCase().replace(/[^A-Z0-9]/g, "");
  return writeTransaction(async (tx) => {
    const access = await conferenceAccess(tx, options.actor.userId, options.conferenceId);
    if (access.level === "none") throw new AppError("not_found", "Conference not found");
    if (access.level !== "manage") throw new AppError("forbidden", "Only the conference's organisers can check attendees in");
    const registration = await tx.registration.findFirst({ where: { conferenceId: options.conferenceId, checkInCode: code } });
    if (!registration) throw new AppError("not_found", "No attendee with this code");
    if (registration.status !== "confirmed") throw new AppError("conflict", `This registration is ${registration.status}`, undefined, { status: registration.status });
    const already = registration.checkedInAt !== null;
    if (!already) {
      await tx.registration.update({ where: { id: registration.id }, data: { checkedInAt: now, checkedInBy: options.actor.userId } });
      await writeAuditLog(tx, { actor: options.actor, conferenceId: options.conferenceId, entityType: "Registration", entityId: registration.id, action: "registration.check-in" });
      await emitRegistrationEvent(tx, { type: "checkin.created", conferenceId: options.conferenceId, registrationId: registration.id, now });
    }
    const [present, confirmed] = await Promise.all([
      tx.registration.count({ where: { conferenceId: options.conferenceId, checkedInAt: { not: null } } }),
      tx.registration.count({ where: { conferenceId: options.conferenceId, status: "confirmed" } }),
    ]);
    return { name: registration.name, organisation: registration.organisation, already, present, confirmed };
  });
}

/** The check-in desk's header: the conference and how many confirmed attendees are present. */
export async function checkInStatus(options: { conferenceId: string; actor: { userId: string } }) {
  const access = await conferenceAccess(db, options.actor.userId, options.conferenceId);
  if (access.level === "none") throw new AppError("not_found", "Conference not found");
  const [conference, present, confirmed] = await Promise.all([
    db.conference.findUniqueOrThrow({ where: { id: options.conferenceId }, select: { title: true } }),
    db.registration.count({ where: { conferenceId: options.conferenceId, checkedInAt: { not: null } } }),
    db.registration.count({ where: { conferenceId: options.conferenceId, status: "confirmed" } }),
  ]);
  return { title: conference.title, present, confirmed, canCheckIn: access.level === "manage" };
}
