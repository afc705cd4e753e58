/** Organisers add or change a reminder of their conference (the whole conference's managers only). */
import "server-only";
import { writeAuditLog } from "../audit";
import { db } from "../db";
import { writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { requireConferenceAccess } from "../hosts/permissions";
import { ensureDefaultReminder } from "./defaults";
import type { RemoveReminderInput, ReminderInput } from "./schema";

export async function saveReminder(options: { input: ReminderInput; actor: { userId: string }; now?: Date }) {
  const now = options.now ?? new Date();
  const { conferenceId, reminderId, ...values } = options.input;
  await requireConferenceAccess(db, options.actor.userId, conferenceId, "manage");
  await ensureDefaultReminder(db, conferenceId);
  return writeTransaction(async (tx) => {
    await requireConferenceAccess(tx, options.actor.userId, conferenceId, "manage");
    const before = reminderId ? await tx.reminder.findFirst({ where: { id: reminderId, conferenceId, removedAt: null } }) : null;
    if (reminderId && !before) throw new AppError("not_found", "Reminder not found");
    const reminder = before
      ? await tx.reminder.update({ where: { id: before.id }, data: { ...values, updatedAt: now } })
      : await tx.reminder.create({ data: { conferenceId, hoursBefore: values.hoursBefore, extraTextDe: values.extraTextDe ?? null, extraTextEn: values.extraTextEn ?? null, createdAt: now } });
    const shown = (r: { hoursBefore: number; extraTextDe: string | null; extraTextEn: string | null }) => ({ hoursBefore: r.hoursBefore, extraTextDe: r.extraTextDe, extraTextEn: r.extraTextEn });
    await writeAuditLog(tx, { actor: options.actor, conferenceId, entityType: "Reminder", entityId: reminder.id, action: before ? "conference.reminder.update" : "conference.reminder.create", before: before ? shown(before) : undefined, after: shown(reminder), at: now });
    return reminder;
  });
}

/** Removes a reminder; it is kept as removed so that deliveries stay explained and the default is not recreated. */
export async function removeReminder(options: { input: RemoveReminderInput; actor: { userId: string }; now?: Date }) {
  const now = options.now ?? new Date();
  return writeTransaction(async (tx) => {
    await requireConferenceAccess(tx, options.actor.userId, options.input.conferenceId, "manage");
    const reminder = await tx.reminder.findFirst({ where: { id: options.input.reminderId, conferenceId: options.input.conferenceId, removedAt: null } });
    if (!reminder) throw new AppError("not_found", "Reminder not found");
    await tx.reminder.update({ where: { id: reminder.id }, data: { removedAt: now } });
    await writeAuditLog(tx, { actor: options.actor, conferenceId: options.input.conferenceId, entityType: "Reminder", entityId: reminder.id, action: "conference.reminder.remove", before: { hoursBefore: reminder.hoursBefore }, at: now });
  });
}
