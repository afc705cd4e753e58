/**
 * The attendee-side JSON API's answers as zod schemas (the OpenAPI document is generated from
 * them; the routes' answers are typed against them). Request bodies are ./schema.ts.
 */
import { z } from "zod";
import "zod-openapi";

const utc = z.iso.datetime().meta({ description: "ISO 8601 in UTC." });
const status = z.enum(["confirmed", "waitlisted", "cancelled"]);

export const registrationCreatedSchema = z
  .object({
    id: z.string(),
    status: z.enum(["confirmed", "waitlisted"]),
    waitlistPosition: z.number().int().optional().meta({ description: "Place on the conference's waiting list, when waitlisted." }),
    sessions: z.array(z.object({ id: z.string(), status: z.enum(["confirmed", "waitlisted"]), waitlistPosition: z.number().int().optional() })),
    manageUrl: z.url().optional().meta({ description: "The attendee's personal manage link (holds a secret). Only in the first answer, never in an idempotent replay." }),
    feedUrl: z.url().optional().meta({ description: "The attendee's personal calendar subscription (holds a read-only secret). Only in the first answer, never in an idempotent replay." }),
  })
  .meta({ id: "RegistrationCreated" });

export const registrationExistingSchema = z
  .object({ existing: z.literal(true), message: z.string() })
  .meta({ id: "RegistrationExisting", description: "The address is already registered (and not cancelled): a further manage link was emailed to it. Nothing else is revealed." });

export const attendeeRegistrationSchema = z
  .object({
    id: z.string(),
    status,
    waitlistPosition: z.number().int().nullable(),
    name: z.string(),
    email: z.string(),
    organisation: z.string().nullable(),
    jobTitle: z.string().nullable(),
    accessibilityNeeds: z.string().nullable(),
    dietaryRequirements: z.string().nullable(),
    answers: z.record(z.string(), z.union([z.string(), z.array(z.string()), z.boolean()])),
    locale: z.string(),
    checkInCode: z.string().nullable(),
    createdAt: utc,
    sessions: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        startsAt: utc,
        endsAt: utc,
        room: z.string().nullable(),
        host: z.string(),
        sessionStatus: z.enum(["draft", "scheduled", "cancelled"]),
        status: z.enum(["confirmed", "waitlisted"]),
        waitlistPosition: z.number().int().nullable(),
      }),
    ),
  })
  .meta({ id: "AttendeeRegistration" });

export const attendeeRegistrationWithConferenceSchema = attendeeRegistrationSchema
  .extend({ conference: z.object({ slug: z.string(), title: z.string() }) })
  .meta({ id: "AttendeeRegistrationWithConference" });

export const registrationCancelledSchema = z.object({ id: z.string(), status: z.literal("cancelled") });
export const registrationErasedSchema = z.object({ erased: z.literal(true), cancelled: z.boolean().meta({ description: "Whether this erasure also cancelled it (false: it was cancelled before)." }), remains: z.string() });
export const feedResetSchema = z.object({ feedUrl: z.url() });
export const linksRevokedSchema = z.object({ revoked: z.number().int() });
export const manageLinkAcceptedSchema = z.object({ status: z.literal("accepted") });
export const unsubscribedSchema = z.object({ optedOut: z.literal(true), already: z.boolean() });
