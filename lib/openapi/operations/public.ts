/** Public endpoints: conferences, calendars, health, this document. */
import { z } from "zod";
import { conferenceDetailSchema, conferenceListSchema } from "../../conferences/api-schema";
import { scheduleDocument } from "../../schedule/schema";
import { defineOperation } from "../define";

const slug = z.object({ slug: z.string().meta({ description: "The conference's slug, as in its public address.", example: "mitteldeutsche-bildungskonferenz" }) });
const calendar = (description: string) => ({
  "200": { description, content: { "text/calendar": { schema: z.string().meta({ description: "iCalendar (RFC 5545)." }) } } },
  "304": { description: "Unchanged since the ETag sent in If-None-Match." },
});

export const publicOperations = [
  defineOperation("get", "/api/health", {
    tag: "Service",
    operationId: "getHealth",
    summary: "Is the service up?",
    responses: {
      "200": { description: "Up, database answers.", content: { "application/json": { schema: z.object({ status: z.literal("ok"), database: z.literal("ok") }) } } },
      "503": {
        description: "The database does not answer.",
        content: { "application/json": { schema: z.object({ status: z.literal("error"), database: z.literal("unreachable"), reason: z.string() }) } },
      },
    },
  }),
  defineOperation("get", "/api/openapi.json", {
    tag: "Service",
    operationId: "getOpenApiDocument",
    summary: "This API description (OpenAPI 3.1)",
    responses: { "200": { description: "The document; browsable at /api/docs.", content: { "application/json": { schema: z.looseObject({ openapi: z.string() }) } } } },
  }),
  defineOperation("get", "/api/conferences", {
    tag: "Conferences",
    operationId: "listConferences",
    summary: "Published and archived conferences",
    responses: { "200": { description: "Never drafts.", content: { "application/json": { schema: conferenceListSchema } } } },
  }),
  defineOperation("get", "/api/conferences/{slug}", {
    tag: "Conferences",
    operationId: "getConference",
    summary: "One conference with its programme and registration form",
    description:
      "Rooms, scheduled sessions with seats and waiting lists, the registration questions (`questions`) and the privacy notice consent refers to. Texts meant for people are in `?locale=` (de, en), else the Accept-Language language; both languages are under `labels`.",
    requestParams: { path: slug, query: z.object({ locale: z.enum(["de", "en"]).optional().meta({ description: "Language of `label` and `privacy.url`; overrides Accept-Language." }) }) },
    responses: { "200": { description: "The conference.", content: { "application/json": { schema: conferenceDetailSchema } } } },
    errors: ["not_found"],
  }),
  defineOperation("get", "/api/conferences/{slug}/calendar.ics", {
    tag: "Calendars",
    operationId: "getConferenceCalendar",
    summary: "The conference's programme as a calendar feed",
    requestParams: { path: slug },
    responses: calendar("Every scheduled session."),
    errors: ["not_found"],
  }),
  defineOperation("get", "/api/sessions/{id}/calendar.ics", {
    tag: "Calendars",
    operationId: "getSessionCalendar",
    summary: "One session as a calendar file",
    requestParams: { path: z.object({ id: z.string() }) },
    responses: calendar("The session (cancelled: STATUS:CANCELLED)."),
    errors: ["not_found"],
  }),
  defineOperation("get", "/api/agenda/{token}/calendar.ics", {
    tag: "Calendars",
    operationId: "getAgendaCalendar",
    summary: "An attendee's personal agenda (subscription address)",
    description: "The feed token comes from the confirmation email or POST /api/registrations/{token}/feed; it reads this feed and nothing else.",
    requestParams: { path: z.object({ token: z.string() }) },
    responses: calendar("The attendee's sessions."),
    errors: ["not_found"],
  }),
  defineOperation("get", "/api/conferences/{slug}/schedule.json", {
    tag: "Conferences",
    operationId: "getScheduleJson",
    summary: "The programme in the frab/pretalx schedule.json format (c3voc schema)",
    description: "For conference apps (Giggity, Fahrplan, ConfClerk, …): days, rooms and events with stable GUIDs, times in the conference's time zone. Scheduled sessions only. ETag/If-None-Match.",
    requestParams: { path: slug },
    responses: {
      "200": { description: "The schedule.", content: { "application/json": { schema: scheduleDocument } } },
      "304": { description: "Unchanged since the ETag sent in If-None-Match." },
    },
    errors: ["not_found"],
  }),
  defineOperation("get", "/api/conferences/{slug}/schedule.xml", {
    tag: "Conferences",
    operationId: "getScheduleXml",
    summary: "The programme in frab's schedule XML",
    requestParams: { path: slug },
    responses: {
      "200": { description: "The schedule (frab schedule.xml).", content: { "application/xml": { schema: z.string().meta({ description: "frab schedule XML." }) } } },
      "304": { description: "Unchanged since the ETag sent in If-None-Match." },
    },
    errors: ["not_found"],
  }),
];
