/**
 * The schedule.json document as zod, for the OpenAPI description (the lead registers it with the
 * route). It mirrors lib/schedule/frab.ts; the schedule test parses real output with it.
 */
import { z } from "zod";

const hhmm = z.string().regex(/^\d{2}:\d{2}$/);
const isoWithOffset = z.string().describe("ISO 8601 with the conference's UTC offset");

export const scheduleEvent = z.object({
  guid: z.uuid().describe("UUIDv5 of the session id; stable"),
  id: z.number().int().positive(),
  date: isoWithOffset,
  start: hhmm.describe("HH:MM in the conference's time zone"),
  duration: hhmm,
  room: z.string(),
  slug: z.string(),
  url: z.url(),
  title: z.string(),
  subtitle: z.string(),
  track: z.string().nullable(),
  type: z.enum(["talk", "workshop", "discussion", "meeting", "other"]),
  language: z.string(),
  abstract: z.string(),
  description: z.string(),
  recording_license: z.string(),
  do_not_record: z.null(),
  persons: z.array(z.object({ guid: z.uuid(), name: z.string(), public_name: z.string(), biography: z.string().optional() })),
  links: z.array(z.object({ url: z.string(), title: z.string() })),
  attachments: z.array(z.object({ url: z.string(), title: z.string() })),
});

export const scheduleDocument = z.object({
  $schema: z.string(),
  generator: z.object({ name: z.string(), version: z.string() }),
  schedule: z.object({
    version: z.string(),
    base_url: z.string(),
    conference: z.object({
      acronym: z.string(),
      title: z.string(),
      description: z.string().optional(),
      start: z.string().describe("YYYY-MM-DD"),
      end: z.string().describe("YYYY-MM-DD"),
      daysCount: z.number().int(),
      timeslot_duration: hhmm,
      time_zone_name: z.string(),
      url: z.url(),
      tracks: z.array(z.object({ name: z.string(), color: z.string().optional() })),
      rooms: z.array(z.object({ name: z.string(), guid: z.uuid(), description: z.string().nullable(), capacity: z.number().int().nullable() })),
      days: z.array(
        z.object({
          index: z.number().int().positive(),
          date: z.string().describe("YYYY-MM-DD"),
          day_start: isoWithOffset,
          day_end: isoWithOffset,
          rooms: z.record(z.string(), z.array(scheduleEvent)),
        }),
      ),
    }),
  }),
});
