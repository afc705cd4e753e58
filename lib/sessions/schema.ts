/**
 * What organisers type when scheduling: a day, a wall-clock start and a duration in the
 * conference's time zone. Converted to UTC instants here, never with the server's TZ.
 */
import { z } from "zod";
import { capacityInput } from "../capacity-input";
import { zonedToUtc } from "../time/zoned";
import { id, optionalId, optionalText, sentFields } from "../validation/fields";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "invalidDay");
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "invalidTime");
const capacity = capacityInput({ min: 0, max: 100_000 });

export const slotInput = z.object({
  day,
  start: time,
  minutes: z.coerce.number().int("invalidDuration").min(5, "invalidDuration").max(24 * 60, "invalidDuration"),
  roomId: optionalId,
});
export type SlotInput = z.infer<typeof slotInput>;

export const SESSION_FORMATS = ["keynote", "talk", "workshop", "panel", "forum", "networking", "break", "other"] as const;
export const SESSION_LANGUAGES = ["de", "en"] as const;

/** The details beyond the slot, as the timetable dialog sends them. */
const abstract = z.string().max(10_000, "tooLong");
const format = z.enum(SESSION_FORMATS, "invalid");
const language = z.enum(SESSION_LANGUAGES, "invalid");
const status = z.enum(["draft", "scheduled"], "invalid");
const speakerIds = z.array(id).max(20, "tooMany");
/** English title and abstract (issue 14): absent = unchanged, null or "" = none (the English site shows the German text). */
const titleEn = optionalText(300);
const abstractEn = optionalText(10_000);

export const createSessionInput = slotInput.extend({
  conferenceId: id,
  hostId: id,
  title: z.string().trim().min(1, "required").max(300, "tooLong"),
  abstract: abstract.optional().default(""),
  titleEn,
  abstractEn,
  format: format.default("talk"),
  language: language.default("de"),
  trackId: optionalId,
  capacity,
  status: status.default("scheduled"),
  speakerIds: speakerIds.optional().default([]),
});
export type CreateSessionInput = z.input<typeof createSessionInput>;

/**
 * A move or edit from the timetable: the new slot plus, from the dialog, the session's details. A
 * drag sends only the slot. Partial (lib/validation/fields.ts): absent fields — the room included —
 * stay as they are; `roomId`/`trackId` null or "" take the session out of its room or track.
 */
export const editSessionInput = slotInput.extend({
  sessionId: id,
  title: z.string().trim().min(1, "required").max(300, "tooLong").optional(),
  capacity: capacity.optional(),
  abstract: abstract.optional(),
  titleEn,
  abstractEn,
  format: format.optional(),
  language: language.optional(),
  trackId: optionalId,
  speakerIds: speakerIds.optional(),
  status: status.optional(),
  /** Explicit consent to move confirmed attendees beyond a lowered capacity to the waiting list. */
  overflowToWaitlist: z.boolean().optional().default(false),
});
export type EditSessionInput = z.input<typeof editSessionInput>;

/** The timetable's edit as the changes updateSession takes: the slot, plus only the fields that were sent. */
export function editToChanges({ sessionId, day, start, minutes, overflowToWaitlist, ...details }: z.output<typeof editSessionInput>) {
  return { sessionId, changes: { slot: { day, start, minutes }, ...sentFields(details), overflowToWaitlist } };
}

export function parseDay(value: string): { year: number; month: number; day: number } {
  const [year, month, d] = value.split("-").map(Number);
  return { year, month, day: d };
}

/** Start and end instants of a slot entered in `timeZone`. */
export function slotToInstants(slot: { day: string; start: string; minutes: number }, timeZone: string): { startsAt: Date; endsAt: Date } {
  const [hour, minute] = slot.start.split(":").map(Number);
  const startsAt = zonedToUtc({ ...parseDay(slot.day), hour, minute }, timeZone);
  return { startsAt, endsAt: new Date(startsAt.getTime() + slot.minutes * 60_000) };
}
