/**
 * Every conference has the default reminder (48 hours before the start) unless organisers removed
 * it. It is created lazily — by the scheduler and when the reminders page opens — under a fixed id
 * per conference, so conferences created before reminders existed get it too, and two processes
 * creating it at once make one row. A removed reminder is kept (removedAt), so it stays removed.
 */
import "server-only";
import type { Tx } from "../db";
import { isUniqueViolation } from "../db-retry";
import { DEFAULT_HOURS_BEFORE } from "./rules";

export function defaultReminderId(conferenceId: string): string {
  return `default-${conferenceId}`;
}

export async function ensureDefaultReminder(tx: Tx, conferenceId: string): Promise<void> {
  const any = await tx.reminder.count({ where: { conferenceId } });
  if (any) return;
  try {
    await tx.reminder.create({ data: { id: defaultReminderId(conferenceId), conferenceId, hoursBefore: DEFAULT_HOURS_BEFORE } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
}
