/**
 * Registration input, shared by the JSON API and the form. Messages are keys under
 * `registration.errors` in messages/<locale>/registration.json, translated where they are shown.
 */
import { z } from "zod";
import { clearable } from "../validation/fields";
import { emailField } from "../email-address";

// C0 controls except tab/newline/carriage return, DEL, C1 controls, and bidi overrides that can
// disguise text. Names keep umlauts, accents and apostrophes (Jörg, Zoë, O'Brien, Ağaoğlu).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const LINE_BREAK = /[\r\n\t]/;

function line(max: number) {
  return z
    .string({ error: "required" })
    .transform((s) => s.normalize("NFC").trim())
    .refine((s) => !CONTROL.test(s) && !LINE_BREAK.test(s), { message: "controlCharacters" })
    .refine((s) => s.length <= max, { message: "tooLong" });
}

/** Multi-line text (accessibility needs, dietary requirements): line breaks kept, other controls refused. */
function note(max: number) {
  return z
    .string()
    .transform((s) => s.normalize("NFC").replace(/\r\n?/g, "\n").trim())
    .refine((s) => !CONTROL.test(s), { message: "controlCharacters" })
    .refine((s) => s.length <= max, { message: "tooLong" });
}

// Absent → unchanged (undefined), null or "" → cleared: see lib/validation/fields.ts.
const optionalLine = (max: number) => clearable(line(max));
const optionalNote = (max: number) => clearable(note(max));

export const answerValue = z.union([z.string().max(5000, "tooLong"), z.array(z.string().max(200, "tooLong")).max(50, "tooLong"), z.boolean()]);

export const sessionIds = z.array(z.string().min(1).max(64), { error: "invalid" }).max(40, "tooMany");

export const registrationInput = z.object({
  name: line(200).refine((s) => s.length > 0, { message: "required" }),
  email: emailField(),
  organisation: optionalLine(200),
  jobTitle: optionalLine(200),
  accessibilityNeeds: optionalNote(1000),
  dietaryRequirements: optionalNote(500),
  answers: z.record(z.string().max(64), answerValue, { error: "invalid" }).optional().default({}),
  sessionIds: sessionIds.optional().default([]),
  consent: z.literal(true, { error: "consentRequired" }),
  locale: z.enum(["de", "en"]).optional(),
});

export type RegistrationInput = z.infer<typeof registrationInput>;

/**
 * A partial update from the manage page or `PATCH /api/registrations/{token}`. The rule of
 * lib/validation/fields.ts: an absent field is unchanged, `null` (or "" for optional text) clears
 * it. `answers` is merged into the stored answers by question key: a key sent as `null` (or an
 * empty answer) deletes that answer, keys not sent stay as they are. `sessionIds`, when sent, is
 * the full list of chosen sessions.
 */
export const registrationUpdate = z.object({
  name: line(200).refine((s) => s.length > 0, { message: "required" }).optional(),
  organisation: optionalLine(200),
  jobTitle: optionalLine(200),
  accessibilityNeeds: optionalNote(1000),
  dietaryRequirements: optionalNote(500),
  answers: z.record(z.string().max(64), answerValue.nullable(), { error: "invalid" }).optional(),
  sessionIds: sessionIds.optional(),
  locale: z.enum(["de", "en"]).optional(),
});

export type RegistrationUpdate = z.infer<typeof registrationUpdate>;

export const linkRequest = z.object({
  email: emailField(),
  conferenceSlug: z.string().max(120).optional(),
  locale: z.enum(["de", "en"]).optional(),
});
export type LinkRequest = z.infer<typeof linkRequest>;

/** Unique per conference: lower case, international domains in their punycode form (lib/email-address.ts). */
export { emailKey } from "../email-address";
