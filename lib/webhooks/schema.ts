/**
 * Webhook input and payload schemas (zod). The route and the server actions parse with these;
 * the payload schemas describe what receivers get (for the OpenAPI document and the README).
 */
import { z } from "zod";
import { WEBHOOK_EVENT_TYPES } from "./events";

const url = z.string().trim().min(1, "required").max(2000, "tooLong");
const events = z.array(z.enum(WEBHOOK_EVENT_TYPES, "invalidEvent")).min(1, "noEvents").max(WEBHOOK_EVENT_TYPES.length);

export const createEndpointInput = z
  .object({
    url,
    description: z.string().trim().max(300, "tooLong").optional(),
    events: events.transform((list) => [...new Set(list)]),
    enabled: z.boolean().optional(),
  })
  .strict();
export type CreateEndpointInput = z.infer<typeof createEndpointInput>;

/** Partial: an absent field is unchanged (lib/validation/fields.ts). */
export const updateEndpointInput = z
  .object({
    url: url.optional(),
    description: z.string().trim().max(300, "tooLong").optional(),
    events: events.transform((list) => [...new Set(list)]).optional(),
    enabled: z.boolean().optional(),
  })
  .strict();
export type UpdateEndpointInput = z.infer<typeof updateEndpointInput>;

const isoWithOffset = z.string().describe("ISO 8601 with the conference's UTC offset");

export const webhookConferenceRef = z.object({ id: z.string(), slug: z.string(), timeZone: z.string() });

/** A registration as receivers see it: no tokens, no check-in code, no accessibility or dietary needs. */
export const webhookRegistration = z.object({
  id: z.string(),
  status: z.enum(["confirmed", "waitlisted", "cancelled"]),
  name: z.string(),
  email: z.string(),
  organisation: z.string().nullable(),
  jobTitle: z.string().nullable(),
  locale: z.string(),
  answers: z.record(z.string(), z.unknown()),
  source: z.string(),
  createdAt: isoWithOffset,
  confirmedAt: isoWithOffset.nullable(),
  cancelledAt: isoWithOffset.nullable(),
  checkedInAt: isoWithOffset.nullable(),
  anonymised: z.boolean(),
  sessions: z.array(z.object({ id: z.string(), title: z.string(), status: z.enum(["confirmed", "waitlisted", "cancelled"]) })),
});

export const webhookSession = z.object({
  id: z.string(),
  /** The same GUID as in schedule.json / schedule.xml. */
  guid: z.string(),
  title: z.string(),
  abstract: z.string(),
  format: z.string(),
  language: z.string(),
  status: z.enum(["draft", "scheduled", "cancelled"]),
  startsAt: isoWithOffset,
  endsAt: isoWithOffset,
  timeZone: z.string(),
  room: z.object({ id: z.string(), name: z.string() }).nullable(),
  track: z.object({ id: z.string(), name: z.string() }).nullable(),
  speakers: z.array(z.object({ id: z.string(), name: z.string() })),
  capacity: z.number().int().nullable(),
  seatsTaken: z.number().int(),
  revision: z.number().int(),
  cancelledAt: isoWithOffset.nullable(),
});

const envelope = <T extends string, D extends z.ZodType>(type: T, data: D) =>
  z.object({ id: z.string().describe("Stable per event; equals the webhook-id header"), type: z.literal(type), timestamp: z.string().describe("When the event happened (ISO 8601, UTC)"), data });

const registrationData = z.object({ conference: webhookConferenceRef, registration: webhookRegistration });
const sessionData = z.object({ conference: webhookConferenceRef, session: webhookSession });

/** Every body a webhook receiver can get, by event type. */
export const webhookPayload = z.discriminatedUnion("type", [
  envelope("registration.created", registrationData),
  envelope("registration.updated", registrationData.extend({ changed: z.array(z.string()) })),
  envelope("registration.cancelled", registrationData),
  envelope("waitlist.promoted", registrationData.extend({ sessionId: z.string().nullable().describe("null: a conference seat") })),
  envelope("session.changed", sessionData.extend({ changed: z.array(z.string()) })),
  envelope("session.cancelled", sessionData),
  envelope("checkin.created", registrationData),
]);
export type WebhookPayload = z.infer<typeof webhookPayload>;
