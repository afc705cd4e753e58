/** Registering and the attendee's own registration, reached with the secret token from the manage link. */
import { z } from "zod";
import {
  attendeeRegistrationSchema,
  attendeeRegistrationWithConferenceSchema,
  feedResetSchema,
  linksRevokedSchema,
  manageLinkAcceptedSchema,
  registrationCancelledSchema,
  registrationCreatedSchema,
  registrationErasedSchema,
  registrationExistingSchema,
  unsubscribedSchema,
} from "../../registrations/api-schema";
import { linkRequest, registrationInput, registrationUpdate } from "../../registrations/schema";
import { feedbackInput, feedbackStoredSchema } from "../../feedback/schema";
import { defineOperation } from "../define";

const json = (schema: z.ZodType) => ({ "application/json": { schema } });
const token = z.object({ token: z.string().meta({ description: "The manage token from the attendee's manage link (/manage/<token>)." }) });
const acceptLanguage = z.object({ "accept-language": z.string().optional().meta({ description: "Language of error messages and emails when the body names no `locale`." }) });

export const registrationOperations = [
  defineOperation("post", "/api/conferences/{slug}/registrations", {
    tag: "Registration",
    operationId: "register",
    summary: "Register for a conference",
    description:
      "Answers to the conference's `questions` (GET /api/conferences/{slug}) go into `answers` by key; `sessionIds` are ids of its scheduled sessions; `consent: true` agrees to the privacy notice in `privacy`. A full conference or session puts the attendee on its waiting list.",
    requestParams: {
      path: z.object({ slug: z.string() }),
      header: acceptLanguage.extend({
        "idempotency-key": z.string().optional().meta({ description: "The same key with the same body answers the first answer again (Idempotent-Replayed: true); with another body, 422." }),
      }),
    },
    requestBody: { content: json(registrationInput) },
    responses: {
      "201": { description: "Registered (confirmed or waitlisted).", content: json(registrationCreatedSchema) },
      "200": { description: "This address is already registered.", content: json(registrationExistingSchema) },
    },
    errors: ["validation", "not_found", "payload_too_large", "rate_limited"],
    conflict: { reasons: ["not_yet_open", "closed"], description: "Registration is not open yet, or closed." },
  }),
  defineOperation("post", "/api/registrations/manage-link", {
    tag: "Registration",
    operationId: "requestManageLink",
    summary: "Lost your link? Email the manage links of an address",
    description: "Always 202: whether the address is registered is not revealed.",
    requestParams: { header: acceptLanguage },
    requestBody: { content: json(linkRequest) },
    responses: { "202": { description: "Accepted.", content: json(manageLinkAcceptedSchema) } },
    errors: ["validation", "payload_too_large", "rate_limited"],
  }),
  defineOperation("get", "/api/registrations/{token}", {
    tag: "Registration",
    operationId: "getOwnRegistration",
    summary: "The attendee's registration",
    requestParams: { path: token },
    responses: { "200": { description: "With sessions and waiting-list positions.", content: json(attendeeRegistrationWithConferenceSchema) } },
    errors: ["not_found"],
  }),
  defineOperation("patch", "/api/registrations/{token}", {
    tag: "Registration",
    operationId: "updateOwnRegistration",
    summary: "Change the registration (partial)",
    description: "An absent field is unchanged; null (or an empty string for optional text) clears it. `answers` merges by key; `sessionIds`, when sent, is the full list.",
    requestParams: { path: token, header: acceptLanguage },
    requestBody: { content: json(registrationUpdate) },
    responses: { "200": { description: "The registration after the change.", content: json(attendeeRegistrationSchema) } },
    errors: ["validation", "not_found", "payload_too_large"],
    conflict: { reasons: ["cancelled", "closed"], description: "The registration is cancelled, or the conference can no longer be changed." },
  }),
  defineOperation("delete", "/api/registrations/{token}", {
    tag: "Registration",
    operationId: "cancelOwnRegistration",
    summary: "Cancel the registration",
    requestParams: { path: token },
    responses: { "200": { description: "Cancelled (also when it already was).", content: json(registrationCancelledSchema) } },
    errors: ["not_found"],
  }),
  defineOperation("get", "/api/registrations/{token}/export", {
    tag: "Registration",
    operationId: "exportOwnRegistration",
    summary: "Everything stored about the registration (download)",
    requestParams: { path: token },
    responses: { "200": { description: "A JSON file (Art. 15/20 GDPR).", content: json(z.looseObject({ conference: z.looseObject({ slug: z.string() }) })) } },
    errors: ["not_found"],
  }),
  defineOperation("post", "/api/registrations/{token}/erase", {
    tag: "Registration",
    operationId: "eraseOwnRegistration",
    summary: "Cancel and anonymise at once",
    description: "The token stops working (404 afterwards).",
    requestParams: { path: token },
    responses: { "200": { description: "Erased.", content: json(registrationErasedSchema) } },
    errors: ["not_found"],
  }),
  defineOperation("post", "/api/registrations/{token}/feed", {
    tag: "Registration",
    operationId: "resetOwnFeed",
    summary: "A new calendar subscription address",
    description: "Every older feed address stops working.",
    requestParams: { path: token },
    responses: { "200": { description: "The new address.", content: json(feedResetSchema) } },
    errors: ["not_found"],
  }),
  defineOperation("delete", "/api/registrations/{token}/links", {
    tag: "Registration",
    operationId: "revokeOtherManageLinks",
    summary: "Make every other manage link invalid",
    requestParams: { path: token },
    responses: { "200": { description: "How many links stopped working; this one keeps working.", content: json(linksRevokedSchema) } },
    errors: ["not_found"],
  }),
  defineOperation("post", "/api/unsubscribe/{token}", {
    tag: "Registration",
    operationId: "unsubscribe",
    summary: "Opt out of organiser messages (one-click, RFC 8058)",
    requestParams: { path: z.object({ token: z.string().meta({ description: "The token of the opt-out link in an organiser message." }) }) },
    responses: { "200": { description: "Opted out.", content: json(unsubscribedSchema) } },
    errors: ["not_found"],
  }),
  defineOperation("post", "/api/registrations/{token}/feedback", {
    tag: "Registration",
    operationId: "submitFeedback",
    summary: "Rate an attended session (1–5, optional comment)",
    description: "Once per person and session; sending again changes it for 14 days after the session ended. Organisers see ratings and comments without names.",
    requestParams: { path: token },
    requestBody: { content: json(feedbackInput) },
    responses: {
      "200": { description: "The feedback as stored.", content: json(feedbackStoredSchema) },
    },
    errors: ["validation", "not_found", "payload_too_large"],
    conflict: { reasons: ["not_ended", "not_attended", "closed"], description: "The session has not ended, was not attended, or its 14 days are over.", extra: { message: z.string() } },
  }),
  defineOperation("get", "/api/registrations/{token}/certificate.pdf", {
    tag: "Registration",
    operationId: "getCertificate",
    summary: "The certificate of attendance (PDF)",
    description: "After the conference ended, for someone who was checked in (or got one issued by hand). It carries a verification address /verify/<code>.",
    requestParams: { path: token },
    responses: { "200": { description: "The certificate.", content: { "application/pdf": { schema: z.string().meta({ format: "binary" }) } } } },
    errors: ["not_found"],
    conflict: { reasons: ["not_offered", "not_ended", "not_attended"], description: "No certificate yet: the conference offers none, has not ended, or the person was not checked in." },
  }),
];
