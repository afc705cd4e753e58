/**
 * The public conference API's answers as zod schemas: the OpenAPI document is generated from them
 * (lib/openapi) and lib/conferences/public-json.ts is typed against them, so the two cannot drift.
 */
import { z } from "zod";
import "zod-openapi";
import { FORM_FIELD_MODES } from "../registrations/built-in-fields";
import { SESSION_FORMATS } from "../sessions/schema";

const dateTime = z.iso.datetime({ offset: true }).meta({ description: "ISO 8601 with the conference's UTC offset." });
const labels = z.object({ de: z.string(), en: z.string().meta({ description: "The English text; the German one where none was written." }) });

export const questionSchema = z
  .object({
    key: z.string().meta({ description: "The key to send the answer under: `answers.<key>`." }),
    type: z.enum(["short_text", "long_text", "single_choice", "multiple_choice", "checkbox"]).meta({
      description: "The answer to send: short_text (one line, ≤ 300 characters) and long_text (≤ 5000) a string; single_choice one option `value`; multiple_choice an array of option values; checkbox true or false.",
    }),
    required: z.boolean(),
    label: z.string().meta({ description: "In the request's language." }),
    labels,
    helpText: z.string().nullable(),
    options: z.array(z.object({ value: z.string().meta({ description: "What to send." }), label: z.string(), labels })).optional().meta({ description: "Choice questions only." }),
  })
  .meta({ id: "RegistrationQuestion" });

const fieldMode = z.enum(FORM_FIELD_MODES);
export const builtInFieldsSchema = z
  .object({
    organisation: fieldMode.meta({ description: "`organisation` when registering." }),
    jobTitle: fieldMode.meta({ description: "`jobTitle` when registering." }),
  })
  .meta({
    id: "RegistrationFields",
    description: "Whether the form asks for the built-in fields: hidden (a value sent is ignored, not stored), optional, or required (missing: a `required` field error).",
  });

const host = z.object({ slug: z.string(), name: z.string(), shortName: z.string(), role: z.enum(["organiser", "co_organiser", "partner"]), website: z.string().nullable() });

const lang = z.enum(["de", "en"]);
const conferenceFields = {
  slug: z.string(),
  locale: lang.meta({ description: "The language of the texts: `?locale=en`, else the request's Accept-Language; German by default." }),
  title: z.string(),
  titleLang: lang.meta({ description: "\"de\" when an English answer had no English title and fell back to German." }),
  subtitle: z.string().nullable(),
  description: z.string(),
  status: z.enum(["published", "archived"]),
  startsAt: dateTime,
  endsAt: dateTime,
  timeZone: z.string().meta({ example: "Europe/Berlin" }),
  venue: z.object({ name: z.string(), address: z.string() }),
  hosts: z.array(host),
  registration: z.object({ open: z.boolean(), state: z.enum(["open", "not_yet_open", "closed"]), opensAt: dateTime.nullable(), closesAt: dateTime.nullable() }),
  registrationOpen: z.boolean(),
  capacity: z.number().int().nullable().meta({ description: "null: unlimited." }),
  seatsTaken: z.number().int(),
  isDemo: z.boolean(),
};

export const conferenceSummarySchema = z.object({ ...conferenceFields, sessionCount: z.number().int(), url: z.url() }).meta({ id: "ConferenceSummary" });

export const conferenceListSchema = z.object({ conferences: z.array(conferenceSummarySchema) }).meta({ id: "ConferenceList" });

export const publicSessionSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    titleLang: lang,
    abstract: z.string(),
    format: z.enum(SESSION_FORMATS),
    language: z.string(),
    startsAt: dateTime,
    endsAt: dateTime,
    room: z.object({ id: z.string(), name: z.string() }).nullable(),
    track: z.object({ id: z.string(), name: z.string() }).nullable(),
    host: z.object({ slug: z.string(), name: z.string(), shortName: z.string() }),
    speakers: z.array(z.object({ name: z.string(), organisation: z.string().nullable() })),
    capacity: z.number().int().nullable(),
    seatsTaken: z.number().int(),
    seatsLeft: z.number().int().nullable(),
    waitlistLength: z.number().int(),
    revision: z.number().int(),
    url: z.url(),
    calendarUrl: z.url(),
  })
  .meta({ id: "PublicSession" });

export const conferenceDetailSchema = z
  .object({
    ...conferenceFields,
    seatsLeft: z.number().int().nullable(),
    waitlistLength: z.number().int(),
    url: z.url(),
    rooms: z.array(z.object({ id: z.string(), name: z.string(), description: z.string().nullable(), capacity: z.number().int().nullable() })),
    sessions: z.array(publicSessionSchema).meta({ description: "Scheduled sessions; their ids go into `sessionIds` when registering." }),
    fields: builtInFieldsSchema,
    questions: z.array(questionSchema).meta({ description: "The conference's own registration questions, in order." }),
    privacy: z
      .object({ noticeVersion: z.string().meta({ description: "The privacy notice version a registration's consent records." }), url: z.url().meta({ description: "The notice, in the request's language." }) })
      .meta({ description: "What `consent: true` agrees to." }),
  })
  .meta({ id: "ConferenceDetail" });
