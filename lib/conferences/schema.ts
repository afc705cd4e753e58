/**
 * What organisers type when creating or editing a conference, its hosts and its registration
 * questions. Dates and times are wall-clock values in the conference's own time zone and become
 * UTC instants here (lib/time/zoned.ts), never through the server's TZ. Messages are codes the
 * settings page translates (settings.fieldErrors.*).
 */
import { z } from "zod";
import { capacityInput } from "../capacity-input";
import { FORM_FIELD_MODES } from "../registrations/built-in-fields";
import { isValidTimeZone, toWallTime, zonedToUtc } from "../time/zoned";
import { id, optionalText } from "../validation/fields";
import { isDativeTitle } from "./title-phrases";

const day = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, "invalidDay");
const time = z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "invalidTime");
/** datetime-local as browsers send it ("2027-03-01T09:00", seconds optional); empty means "not set". */
const optionalDateTime = z
  .string()
  .trim()
  .nullish()
  .transform((v) => (v ? v.slice(0, 16) : null))
  .refine((v) => v === null || /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/.test(v), "invalidDateTime");
const text = (max: number) => z.string().trim().min(1, "required").max(max, "tooLong");

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const conferenceDetailsInput = z
  .object({
    title: text(200),
    subtitle: optionalText(300),
    slug: z.string().trim().min(3, "slugTooShort").max(80, "tooLong").regex(SLUG_PATTERN, "invalidSlug"),
    description: z.string().trim().max(20_000, "tooLong").nullish().transform((v) => v ?? ""),
    /** English versions (issue 14): empty shows the German text on the English site. */
    titleEn: optionalText(200),
    subtitleEn: optionalText(300),
    descriptionEn: optionalText(20_000),
    venueName: text(200),
    venueAddress: text(500),
    timeZone: z.string().trim().min(1, "required").max(64, "invalidTimeZone").refine(isValidTimeZone, "invalidTimeZone"),
    firstDay: day,
    lastDay: day,
    /** The daily times the conference runs: start on the first day, end on the last day. */
    startTime: time.optional().default("09:00"),
    endTime: time.optional().default("17:00"),
    registrationOpensAt: optionalDateTime,
    registrationClosesAt: optionalDateTime,
    capacity: capacityInput({ min: 0, max: 1_000_000 }),
    contactEmail: z
      .string()
      .trim()
      .max(254, "tooLong")
      .nullish()
      .transform((v) => (v ? v : null))
      .pipe(z.email("invalidEmail").nullable()),
    /** German, after "zu": see lib/conferences/title-phrases.ts. */
    titleDative: optionalText(300)
      .transform((v) => v?.replace(/\s+/g, " ") ?? null)
      .refine((v) => v === null || isDativeTitle(v), "dativeArticle"),
  })
  .superRefine((v, ctx) => {
    if (v.lastDay < v.firstDay) ctx.addIssue({ code: "custom", path: ["lastDay"], message: "lastDayBeforeFirst" });
    else if (v.lastDay === v.firstDay && v.endTime <= v.startTime) ctx.addIssue({ code: "custom", path: ["endTime"], message: "endBeforeStart" });
    if (v.registrationOpensAt && v.registrationClosesAt && v.registrationClosesAt <= v.registrationOpensAt) {
      ctx.addIssue({ code: "custom", path: ["registrationClosesAt"], message: "closesBeforeOpens" });
    }
  });
export type ConferenceDetailsInput = z.input<typeof conferenceDetailsInput>;
export type ConferenceDetails = z.output<typeof conferenceDetailsInput>;

export const createConferenceInput = z.object({ hostId: z.string().trim().min(1, "required").max(64), details: conferenceDetailsInput });
export type CreateConferenceInput = z.input<typeof createConferenceInput>;

/**
 * An edit of a conference's details is partial (lib/validation/fields.ts): a field that is absent
 * keeps its stored value, `null` or "" clears an optional one. Values are taken as typed here; the
 * use case lays them over the stored details as the form shows them (detailsFormValues) and judges
 * the whole with conferenceDetailsInput, so cross-field rules see the result of the edit.
 */
const typed = z.string().max(20_000, "tooLong").nullable().optional();
export const conferenceDetailsPatch = z.object({
  title: typed,
  subtitle: typed,
  slug: typed,
  description: typed,
  titleEn: typed,
  subtitleEn: typed,
  descriptionEn: typed,
  venueName: typed,
  venueAddress: typed,
  timeZone: typed,
  firstDay: typed,
  lastDay: typed,
  startTime: typed,
  endTime: typed,
  registrationOpensAt: typed,
  registrationClosesAt: typed,
  capacity: z.union([z.number(), z.string().max(20)]).nullable().optional(),
  contactEmail: typed,
  titleDative: typed,
});
export type ConferenceDetailsPatch = z.output<typeof conferenceDetailsPatch>;

export const updateConferenceInput = z.object({
  conferenceId: id,
  details: conferenceDetailsPatch,
  /** The organiser chose to move confirmed registrations beyond a lowered capacity to the waiting list. */
  overflowToWaitlist: z.boolean().optional().default(false),
});
export type UpdateConferenceInput = z.input<typeof updateConferenceInput>;

export const CONFERENCE_STATUSES = ["draft", "published", "archived"] as const;
export const setConferenceStatusInput = z.object({ conferenceId: id, status: z.enum(CONFERENCE_STATUSES, "invalid") });
export type SetConferenceStatusInput = z.input<typeof setConferenceStatusInput>;

export const HOST_ROLES = ["organiser", "co_organiser", "partner"] as const;
const hostRole = z.enum(HOST_ROLES, "invalidRole");
export const addConferenceHostInput = z.object({ conferenceId: id, hostId: z.string().trim().min(1, "required").max(64), role: hostRole });
export const setConferenceHostRoleInput = z.object({ conferenceId: id, hostId: id, role: hostRole });
export const removeConferenceHostInput = z.object({ conferenceId: id, hostId: id });
export type AddConferenceHostInput = z.input<typeof addConferenceHostInput>;
export type SetConferenceHostRoleInput = z.input<typeof setConferenceHostRoleInput>;
export type RemoveConferenceHostInput = z.input<typeof removeConferenceHostInput>;

const formFieldMode = z.enum(FORM_FIELD_MODES, "invalid");
/** Which built-in fields the registration form asks for (organisation, job title). Absent means unchanged. */
export const formFieldsInput = z.object({ conferenceId: id, organisationField: formFieldMode.optional(), jobTitleField: formFieldMode.optional() });
export type FormFieldsInput = z.infer<typeof formFieldsInput>;

export const QUESTION_TYPES = ["short_text", "long_text", "single_choice", "multiple_choice", "checkbox"] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export const isChoiceType = (type: QuestionType) => type === "single_choice" || type === "multiple_choice";

/**
 * One option per line; "Deutsch | English" gives the option an English label. Blank lines are
 * ignored. Checked for at least two distinct options only for choice types (see questionInput).
 */
const optionLines = z
  .union([z.string(), z.array(z.string())])
  .nullish()
  .transform((v) => (Array.isArray(v) ? v.join("\n") : (v ?? "")))
  .transform((v) =>
    v
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => {
        const [label, labelEn] = line.split("|").map((part) => part.trim());
        return { label, labelEn: labelEn || null };
      }),
  );

export const questionFields = z
  .object({
    label: text(500),
    labelEn: optionalText(500),
    helpText: optionalText(1000),
    helpTextEn: optionalText(1000),
    type: z.enum(QUESTION_TYPES, "invalid"),
    required: z.boolean().optional().default(false),
    options: optionLines,
  })
  .superRefine((v, ctx) => {
    if (!isChoiceType(v.type)) return;
    if (v.options.some((o) => o.label.length > 200 || (o.labelEn?.length ?? 0) > 200)) ctx.addIssue({ code: "custom", path: ["options"], message: "optionTooLong" });
    else if (v.options.length > 50) ctx.addIssue({ code: "custom", path: ["options"], message: "tooManyOptions" });
    else if (new Set(v.options.map((o) => o.label.toLowerCase())).size !== v.options.length) ctx.addIssue({ code: "custom", path: ["options"], message: "duplicateOptions" });
    else if (v.options.length < 2) ctx.addIssue({ code: "custom", path: ["options"], message: "tooFewOptions" });
  });
export type QuestionFieldsInput = z.input<typeof questionFields>;

export const addQuestionInput = z.object({ conferenceId: id, question: questionFields });
/** An edit of a question is partial (see conferenceDetailsPatch): merged with the stored question, then judged by questionFields. */
export const questionPatch = z.object({
  label: z.string().max(1000).nullable().optional(),
  labelEn: z.string().max(1000).nullable().optional(),
  helpText: z.string().max(2000).nullable().optional(),
  helpTextEn: z.string().max(2000).nullable().optional(),
  type: z.enum(QUESTION_TYPES, "invalid").optional(),
  required: z.boolean().optional(),
  options: z.union([z.string().max(20_000), z.array(z.string().max(1000)).max(200)]).nullable().optional(),
});
export type QuestionPatch = z.output<typeof questionPatch>;
export const updateQuestionInput = z.object({ conferenceId: id, questionId: id, question: questionPatch });
export const moveQuestionInput = z.object({ conferenceId: id, questionId: id, direction: z.enum(["up", "down"]) });
export const archiveQuestionInput = z.object({ conferenceId: id, questionId: id });
export const restoreQuestionInput = archiveQuestionInput;
export type AddQuestionInput = z.input<typeof addQuestionInput>;
export type UpdateQuestionInput = z.input<typeof updateQuestionInput>;
export type MoveQuestionInput = z.input<typeof moveQuestionInput>;
export type ArchiveQuestionInput = z.input<typeof archiveQuestionInput>;

// ───────────── Wall-clock values ↔ instants ─────────────

function wall(dayValue: string, timeValue: string) {
  const [year, month, d] = dayValue.split("-").map(Number);
  const [hour, minute] = timeValue.split(":").map(Number);
  return { year, month, day: d, hour, minute };
}

/** The details stored as they are typed (days and times go through detailsToInstants). */
export function detailsColumns(details: ConferenceDetails) {
  return {
    title: details.title,
    subtitle: details.subtitle,
    slug: details.slug,
    description: details.description,
    titleEn: details.titleEn,
    subtitleEn: details.subtitleEn,
    descriptionEn: details.descriptionEn,
    venueName: details.venueName,
    venueAddress: details.venueAddress,
    timeZone: details.timeZone,
    capacity: details.capacity ?? null,
    contactEmail: details.contactEmail,
    titleDative: details.titleDative,
  };
}

/** The instants a conference's details describe, in its time zone. */
export function detailsToInstants(details: ConferenceDetails) {
  const at = (value: string | null) => (value ? zonedToUtc(wall(value.slice(0, 10), value.slice(11, 16)), details.timeZone) : null);
  return {
    startsAt: zonedToUtc(wall(details.firstDay, details.startTime), details.timeZone),
    endsAt: zonedToUtc(wall(details.lastDay, details.endTime), details.timeZone),
    registrationOpensAt: at(details.registrationOpensAt),
    registrationClosesAt: at(details.registrationClosesAt),
  };
}

const pad = (n: number, l = 2) => String(n).padStart(l, "0");

/** "2027-03-04" and "09:00" as the conference's time zone shows an instant. */
export function wallParts(instant: Date, timeZone: string): { day: string; time: string } {
  const w = toWallTime(instant, timeZone);
  return { day: `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`, time: `${pad(w.hour)}:${pad(w.minute)}` };
}

type StoredConference = {
  title: string;
  subtitle: string | null;
  slug: string;
  description: string;
  titleEn: string | null;
  subtitleEn: string | null;
  descriptionEn: string | null;
  venueName: string;
  venueAddress: string;
  timeZone: string;
  startsAt: Date;
  endsAt: Date;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  capacity: number | null;
  contactEmail: string | null;
  titleDative: string | null;
};

/** A stored conference as the details form shows it: every date and time in the conference's zone. */
export function detailsFormValues(c: StoredConference) {
  const start = wallParts(c.startsAt, c.timeZone);
  const end = wallParts(c.endsAt, c.timeZone);
  const local = (d: Date | null) => {
    if (!d) return "";
    const p = wallParts(d, c.timeZone);
    return `${p.day}T${p.time}`;
  };
  return {
    title: c.title,
    subtitle: c.subtitle ?? "",
    slug: c.slug,
    description: c.description,
    titleEn: c.titleEn ?? "",
    subtitleEn: c.subtitleEn ?? "",
    descriptionEn: c.descriptionEn ?? "",
    venueName: c.venueName,
    venueAddress: c.venueAddress,
    timeZone: c.timeZone,
    firstDay: start.day,
    startTime: start.time,
    lastDay: end.day,
    endTime: end.time,
    registrationOpensAt: local(c.registrationOpensAt),
    registrationClosesAt: local(c.registrationClosesAt),
    capacity: c.capacity === null ? "" : String(c.capacity),
    contactEmail: c.contactEmail ?? "",
    titleDative: c.titleDative ?? "",
  };
}
export type DetailsFormValues = ReturnType<typeof detailsFormValues>;

/** Lower-case ASCII words joined by "-" (umlauts spelled out), at most `max` characters; "" when nothing is left. */
function asciiWords(text: string, max: number): string {
  return text
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/g, "");
}

/** A key for answers from a question's label ("Welche Rolle haben Sie?" → "welche-rolle-haben-sie"). */
export function keyFromLabel(label: string): string {
  return asciiWords(label, 40) || "frage";
}

/** A suggested conference address from its title ("Fachtag Ganztag 2028" → "fachtag-ganztag-2028"). */
export function slugFromTitle(title: string): string {
  return asciiWords(title, 80);
}

/** `base`, or `base-2`, `base-3` … — the first not in `taken`. */
export function uniqueKey(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
