/** The organiser API: an API token (Authorization: Bearer tgk_…) or an organiser's session cookie, with the same permissions as the pages. */
import "server-only";
import { z } from "zod";
import { registrationListQuery, registrationListSchema } from "../../attendees/list-registrations";
import { organiserRegistrationSchema } from "../../attendees/registration-json";
import { sessionListQuery, sessionListSchema } from "../../sessions/list-sessions";
import { sessionChanges, sessionUpdatedSchema } from "../../sessions/update-session";
import { checkInInput, checkInResultSchema } from "../../attendees/check-in";
import { defineOperation } from "../define";

const json = (schema: z.ZodType) => ({ "application/json": { schema } });
const conferenceId = z.object({ id: z.string().meta({ description: "The conference's id (in the workspace's addresses: /organiser/conferences/<id>/…)." }) });

export const organiserOperations = [
  defineOperation("get", "/api/organiser/conferences/{id}/registrations", {
    tag: "Organiser",
    auth: "organiser",
    operationId: "listRegistrations",
    summary: "The conference's registrations, a page at a time",
    description:
      "Ordered by last change (updatedAt, then id). To sync: remember the newest `updatedAt` you saw, ask with `updatedSince` next time, and follow `nextCursor` until it is null. A partner host sees only the attendees of its own sessions.",
    requestParams: { path: conferenceId, query: registrationListQuery },
    responses: { "200": { description: "One page.", content: json(registrationListSchema) } },
    errors: ["validation", "not_found"],
  }),
  defineOperation("get", "/api/organiser/conferences/{id}/registrations/{registrationId}", {
    tag: "Organiser",
    auth: "organiser",
    operationId: "getRegistration",
    summary: "One registration",
    requestParams: { path: conferenceId.extend({ registrationId: z.string() }) },
    responses: { "200": { description: "The registration.", content: json(organiserRegistrationSchema) } },
    errors: ["not_found"],
  }),
  defineOperation("get", "/api/organiser/conferences/{id}/sessions", {
    tag: "Organiser",
    auth: "organiser",
    operationId: "listSessions",
    summary: "Every session of the conference (drafts and cancelled ones too)",
    requestParams: { path: conferenceId, query: sessionListQuery },
    responses: { "200": { description: "In time order.", content: json(sessionListSchema) } },
    errors: ["validation", "not_found"],
  }),
  defineOperation("get", "/api/organiser/conferences/{id}/attendees.csv", {
    tag: "Organiser",
    auth: "organiser",
    operationId: "exportAttendeesCsv",
    summary: "The attendee list as CSV",
    requestParams: {
      path: conferenceId,
      query: z.object({
        status: z.enum(["confirmed", "waitlisted", "cancelled"]).optional(),
        session: z.string().optional(),
        host: z.string().optional(),
        q: z.string().optional(),
        locale: z.enum(["de", "en"]).optional().meta({ description: "Language of the column headings and labels." }),
        technical: z.literal("1").optional().meta({ description: "Stored keys, ids and UTC timestamps instead of labels (for other programs)." }),
      }),
    },
    responses: { "200": { description: "A CSV download (UTF-8).", content: { "text/csv": { schema: z.string() } } } },
    errors: ["not_found"],
  }),
  defineOperation("patch", "/api/organiser/sessions/{id}", {
    tag: "Organiser",
    auth: "organiser",
    operationId: "updateSession",
    summary: "Change a session (partial)",
    description: "Attendees holding a seat get an updated calendar invite when title, time or room change. Read tokens get 403.",
    requestParams: { path: z.object({ id: z.string().meta({ description: "The session's id." }) }) },
    requestBody: { content: json(sessionChanges) },
    responses: {
      "200": { description: "The session after the change.", content: json(sessionUpdatedSchema) },
    },
    errors: ["validation", "not_found", "forbidden", "payload_too_large"],
    conflict: {
      reasons: null,
      description: "Schedule conflicts (room taken, speaker busy, outside the conference, capacity below confirmed seats, …), each with a code.",
      extra: { conflicts: z.array(z.looseObject({ code: z.enum(["end_before_start", "outside_conference", "room_taken", "speaker_busy", "capacity_below_confirmed", "draft_with_registrations"]) })) },
    },
  }),
  defineOperation("delete", "/api/organiser/sessions/{id}", {
    tag: "Organiser",
    auth: "organiser",
    operationId: "cancelSession",
    summary: "Cancel a session",
    description: "Attendees holding it get a cancelled invite. Read tokens get 403.",
    requestParams: { path: z.object({ id: z.string() }) },
    responses: { "200": { description: "Cancelled.", content: json(z.object({ notified: z.number().int() })) } },
    errors: ["not_found", "forbidden"],
  }),
  defineOperation("post", "/api/organiser/conferences/{id}/check-ins", {
    tag: "Organiser",
    auth: "organiser",
    operationId: "checkIn",
    summary: "Check an attendee in by code, at the entrance or at a session's door",
    description: "The same use case as the check-in page. With `sessionId` the person is recorded at that session (and at the entrance, if not yet). Partner hosts may check in at their own sessions' doors only.",
    requestParams: { path: conferenceId },
    requestBody: { content: json(checkInInput) },
    responses: {
      "200": { description: "Checked in (or already was: `alreadyCheckedIn`).", content: json(checkInResultSchema) },
    },
    errors: ["validation", "not_found", "forbidden", "payload_too_large"],
    conflict: { reasons: ["not_confirmed"], description: "The registration is not confirmed (waiting list or cancelled): `status` says which.", extra: { status: z.enum(["waitlisted", "cancelled"]) } },
  }),
  defineOperation("get", "/api/organiser/conferences/{id}/badges.pdf", {
    tag: "Organiser",
    auth: "organiser",
    operationId: "printBadges",
    summary: "Name badges as a print-ready PDF",
    description: "A4 sheets of ten 90 × 55 mm badges with cut marks, or one badge per page. Every download is a print run (it drives `since=last`). Organisers of the whole conference only.",
    requestParams: {
      path: conferenceId,
      query: z.object({
        layout: z.enum(["sheet", "single"]).optional(),
        since: z.string().optional().meta({ description: "`last` (never printed), or a date / ISO 8601 time (confirmed since)." }),
        registration: z.string().optional().meta({ description: "One person (a reprint)." }),
        locale: z.enum(["de", "en"]).optional(),
      }),
    },
    responses: { "200": { description: "The badges.", content: { "application/pdf": { schema: z.string().meta({ format: "binary" }) } } } },
    errors: ["validation", "not_found", "forbidden"],
  }),
];
