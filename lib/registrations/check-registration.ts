/**
 * Everything wrong with a registration, found in one pass: the fields zod refuses, the answers to
 * the conference's questions and the chosen sessions (unknown, cancelled, overlapping) are all
 * checked even when another part is invalid, so the form reports every problem at once instead of
 * in rounds. The built-in fields follow the conference's settings: a hidden one is ignored, a
 * required one left empty is an error like the others. Pure: the caller passes the conference's
 * questions, sessions and built-in fields.
 */
import { BUILT_IN_FIELDS, missingRequiredFields, withoutHiddenFields, type BuiltInFields } from "./built-in-fields";
import { checkAnswers, findOverlap, type AnswerValue, type Question } from "./rules";
import { registrationInput, type RegistrationInput } from "./schema";
import { zodFieldCodes } from "./errors";

export type FieldCode = string | { code: string; values: Record<string, string> };

type ChoosableSession = { id: string; title: string; status: string; startsAt: Date; endsAt: Date };

export type CheckedRegistration<S extends ChoosableSession> =
  | { ok: true; input: RegistrationInput; answers: Record<string, AnswerValue>; sessions: S[]; wanted: string[] }
  | { ok: false; errors: Record<string, FieldCode> };

/** The order of the form, so an error summary lists problems top to bottom. */
const FIELD_ORDER = ["_", "name", "email", "organisation", "jobTitle", "answers", "sessionIds", "accessibilityNeeds", "dietaryRequirements", "consent", "locale"];

function rank(field: string): number {
  const i = FIELD_ORDER.indexOf(field.split(".")[0]);
  return i === -1 ? FIELD_ORDER.length : i;
}

export function inFormOrder<V>(errors: Record<string, V>): Record<string, V> {
  return Object.fromEntries(Object.entries(errors).sort(([a], [b]) => rank(a) - rank(b)));
}

/** One field of the input on its own, so that its checks run even when other fields are invalid. */
function part<K extends "answers" | "sessionIds" | "organisation" | "jobTitle">(raw: unknown, key: K): RegistrationInput[K] | null {
  const value = raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>)[key] : undefined;
  const parsed = registrationInput.shape[key].safeParse(value);
  return parsed.success ? (parsed.data as RegistrationInput[K]) : null;
}

export function checkRegistration<S extends ChoosableSession>(sent: unknown, questions: Question[], choosable: Map<string, S>, fields: BuiltInFields): CheckedRegistration<S> {
  const raw = withoutHiddenFields(sent, fields);
  const parsed = registrationInput.safeParse(raw);
  const errors: Record<string, FieldCode> = parsed.success ? {} : zodFieldCodes(parsed.error);

  const builtIn = Object.fromEntries(BUILT_IN_FIELDS.map((f) => [f, parsed.success ? parsed.data[f] : part(raw, f)]));
  for (const [field, code] of Object.entries(missingRequiredFields(builtIn, fields))) errors[field] ??= code;

  const sentAnswers = parsed.success ? parsed.data.answers : part(raw, "answers");
  const answers = sentAnswers ? checkAnswers(questions, sentAnswers) : null;
  if (answers) Object.assign(errors, answers.errors);

  const sentSessions = parsed.success ? parsed.data.sessionIds : part(raw, "sessionIds");
  const wanted = [...new Set(sentSessions ?? [])];
  const sessions = wanted.map((id) => choosable.get(id)).filter((s) => s !== undefined);
  wanted.forEach((id, i) => {
    const s = choosable.get(id);
    if (!s || s.status === "draft") errors[`sessionIds.${i}`] = "unknownSession";
    else if (s.status === "cancelled") errors[`sessionIds.${i}`] = "sessionCancelled";
  });
  const overlap = findOverlap(sessions.filter((s) => s.status === "scheduled"));
  if (overlap) errors.sessionIds = { code: "overlap", values: { first: overlap[0].title, second: overlap[1].title } };

  if (!parsed.success || Object.keys(errors).length) return { ok: false, errors: inFormOrder(errors) };
  return { ok: true, input: parsed.data, answers: answers!.clean, sessions, wanted };
}
