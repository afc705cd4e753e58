/** The reminders page: the conference's reminders with their time and how many were sent. */
import "server-only";
import { db } from "../db";
import { requireConferenceAccess } from "../hosts/permissions";
import { ensureDefaultReminder } from "./defaults";
import { reminderSendAt } from "./rules";

export async function listReminders(options: { conferenceId: string; actor: { userId: string } }) {
  const access = await requireConferenceAccess(db, options.actor.userId, options.conferenceId, "read");
  await ensureDefaultReminder(db, options.conferenceId);
  const conference = await db.conference.findUniqueOrThrow({ where: { id: options.conferenceId }, select: { title: true, titleEn: true, startsAt: true, timeZone: true, status: true } });
  const reminders = await db.reminder.findMany({
    where: { conferenceId: options.conferenceId, removedAt: null },
    select: { id: true, hoursBefore: true, extraTextDe: true, extraTextEn: true, _count: { select: { deliveries: true } } },
    orderBy: [{ hoursBefore: "desc" }, { createdAt: "asc" }],
  });
  return {
    conference,
    canManage: access.level === "manage",
    reminders: reminders.map((r) => ({ id: r.id, hoursBefore: r.hoursBefore, extraTextDe: r.extraTextDe, extraTextEn: r.extraTextEn, sendAt: reminderSendAt(conference.startsAt, r.hoursBefore), sent: r._count.deliveries })),
  };
}
