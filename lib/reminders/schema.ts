import { z } from "zod";
import { id, optionalText } from "../validation/fields";
import { MAX_HOURS_BEFORE } from "./rules";

/** A reminder as organisers set it: hours before the start and an optional extra text per language. */
export const reminderInput = z.object({
  conferenceId: id,
  /** Absent: a new reminder. */
  reminderId: id.optional(),
  hoursBefore: z.coerce.number("required").int("required").min(1, "tooSmall").max(MAX_HOURS_BEFORE, "tooLarge"),
  extraTextDe: optionalText(2000),
  extraTextEn: optionalText(2000),
});
export type ReminderInput = z.output<typeof reminderInput>;

export const removeReminderInput = z.object({ conferenceId: id, reminderId: id });
export type RemoveReminderInput = z.output<typeof removeReminderInput>;
