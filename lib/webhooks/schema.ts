/**
 * Webhook input and payload schemas (zod). The organiser's server actions parse endpoint input with
 * the input schemas. The payload schemas describe what receivers get: the OpenAPI document's
 * `webhooks` section is generated from them (lib/openapi/webhooks.ts), and
 * tests/integration/openapi.test.ts checks real stored payloads against that section.
 */
import { z } from "zod";
import "zod-openapi";
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from "./events";

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

const isoWithOffset = z.string().meta({ description: "ISO 8601 with the conference's UTC offset." });
const registrationStatus = z.enum(["confirmed", "waitlisted", "cancelled"]);

export const webhookConferenceRef = z.object({ id: z.string(), slug: z.string(), timeZone: z.string().meta({ description: "IANA time zone, e.g. Europe/Berlin." }) }).meta({ id: "WebhookConference" });

export const webhookRegistration = z
  .object({
    id: z.string(),
    status: registrationStatus,
    name: z.string(),
    email: z.string(),
    organisation: z.string().nullable(),
    jobTitle: z.string().nullable(),
    locale: z.string(),
    answers: z.record(z.string(), z.unknown()).meta({ description: "Answers to the conference's registration questions, by question key." }),
    source: z.string(),
    createdAt: isoWithOffset,
    confirmedAt: isoWithOffset.nullable(),
    cancelledAt: isoWithOffset.nullable(),
    checkedInAt: isoWithOffset.nullable(),
    anonymised: z.boolean().meta({ description: "Erased: name, email, organisation, job title and answers are empty, here and in every stored event of this registration." }),
    sessions: z.array(z.object({ id: z.string(), title: z.string(), status: registrationStatus })),
  })
  .meta({ id: "WebhookRegistration", description: "A registration as receivers see it: no tokens, no check-in code, no accessibility or dietary needs." });

export const webhookSession = z
  .object({
    id: z.string(),
    guid: z.string().meta({ description: "The same GUID as in schedule.json and schedule.xml." }),
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
  })
  .meta({ id: "WebhookSession" });

const envelope = <T extends WebhookEventType, D extends z.ZodType>(type: T, data: D) =>
  z.object({
    id: z.string().meta({ description: "Stable per event (the same on every attempt and re-send); equals the webhook-id header. Deduplicate on it." }),
    type: z.literal(type),
    timestamp: z.string().meta({ description: "When the event happened (ISO 8601, UTC)." }),
    data,
  });

const registrationData = z.object({ conference: webhookConferenceRef, registration: webhookRegistration });
const sessionData = z.object({ conference: webhookConferenceRef, session: webhookSession });
const changed = (examples: string) => z.array(z.string()).meta({ description: `What changed, e.g. ${examples}.` });

/** Every body a webhook receiver can get, by event type. */
export const webhookPayload = z.discriminatedUnion("type", [
  envelope("registration.created", registrationData),
  envelope("registration.updated", registrationData.extend({ changed: changed("`organisation`, `sessions`, `answers.role`, `locale`, `status`") })),
  envelope("registration.cancelled", registrationData),
  envelope("waitlist.promoted", registrationData.extend({ sessionId: z.string().nullable().meta({ description: "The session whose seat it is; null: a seat at the conference." }) })),
  envelope("session.changed", sessionData.extend({ changed: changed("`startsAt`, `endsAt`, `room`, `title`, `capacity`, `speakers`, `created`") })),
  envelope("session.cancelled", sessionData),
  envelope("checkin.created", registrationData.extend({ sessionId: z.string().nullable().meta({ description: "Checked in at this session's door; null: at the entrance." }) })),
]);
export type WebhookPayload = z.infer<typeof webhookPayload>;
