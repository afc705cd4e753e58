import type { ZodError, z } from "zod";
import { AppError } from "../errors";
import { getTranslator, type Locale } from "../i18n-server";

const KNOWN = new Set([
  "required", "tooLong", "tooMany", "invalid", "invalidEmail", "controlCharacters", "consentRequired",
  "unknownQuestion", "invalidChoice", "unknownSession", "sessionCancelled", "overlap", "duplicateSession",
]);

/** Field errors in the attendee's language: { "email": "Bitte geben Sie eine gültige E-Mail-Adresse an." }. */
export async function validationError(
  locale: Locale,
  fields: Record<string, string | { code: string; values: Record<string, string> }>,
): Promise<AppError> {
  const t = await getTranslator(locale);
  const messages: Record<string, string> = {};
  for (const [field, value] of Object.entries(fields)) {
    const { code, values } = typeof value === "string" ? { code: value, values: {} } : value;
    messages[field] = t(`registration.errors.${KNOWN.has(code) ? code : "invalid"}`, values);
  }
  return new AppError("validation", t("registration.errors.summary"), messages);
}

export function zodFieldCodes(error: ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[issue.path.join(".") || "_"] ??= issue.message;
  return fields;
}

/** Attendee input parsed with `schema`; invalid input is the validation error in the attendee's language. */
export async function parseAttendeeInput<S extends z.ZodType>(schema: S, input: unknown, locale: Locale): Promise<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw await validationError(locale, zodFieldCodes(parsed.error));
  return parsed.data;
}
