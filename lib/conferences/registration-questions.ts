/**
 * A conference's own registration questions. A question someone has answered is archived, never
 * deleted: the answers stay readable in the attendee list's history and CSV, and registration
 * stops asking it (lib/registrations reads only questions without archivedAt). Keys are made from
 * the label once and never change, because stored answers are keyed by them; likewise an option
 * keeps its value when its label is edited in place.
 */
import "server-only";
import { ZodError, type z } from "zod";
import { writeAuditLog } from "../audit";
import type { Tx } from "../db";
import { writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { requireConferenceAccess } from "../hosts/permissions";
import { sentFields } from "../validation/fields";
import {
  addQuestionInput,
  archiveQuestionInput,
  isChoiceType,
  keyFromLabel,
  moveQuestionInput,
  questionFields,
  restoreQuestionInput,
  uniqueKey,
  updateQuestionInput,
  type QuestionPatch,
  type QuestionType,
} from "./schema";

type Actor = { userId: string };
export type QuestionOption = { value: string; label: string; labelEn?: string };

function audit(tx: Tx, actor: Actor, conferenceId: string, questionId: string, action: string, before: object | null, after: object | null) {
  return writeAuditLog(tx, { actor, conferenceId, entityType: "RegistrationQuestion", entityId: questionId, action, before, after });
}

async function questionOf(tx: Tx, conferenceId: string, questionId: string) {
  const question = await tx.registrationQuestion.findFirst({ where: { id: questionId, conferenceId } });
  if (!question) throw new AppError("not_found", "Question not found");
  return question;
}

/** How many registrations of the conference answered each question, by key (answers are JSON keyed by question key). */
export async function answerCounts(tx: Tx, conferenceId: string): Promise<Map<string, number>> {
  const rows = await tx.registration.findMany({ where: { conferenceId }, select: { answers: true } });
  const counts = new Map<string, number>();
  for (const { answers } of rows) {
    if (!answers || typeof answers !== "object" || Array.isArray(answers)) continue;
    for (const [key, value] of Object.entries(answers)) {
      const given = value !== undefined && value !== null && value !== "" && value !== false && !(Array.isArray(value) && value.length === 0);
      if (given) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

async function answerCount(tx: Tx, conferenceId: string, key: string): Promise<number> {
  return (await answerCounts(tx, conferenceId)).get(key) ?? 0;
}

export function storedOptions(options: unknown): QuestionOption[] {
  if (!Array.isArray(options)) return [];
  return options.map((o, i) => {
    const option = (o && typeof o === "object" ? o : { value: o, label: o }) as { value?: unknown; label?: unknown; labelEn?: unknown };
    const value = String(option.value ?? i);
    return { value, label: String(option.label ?? value), ...(option.labelEn ? { labelEn: String(option.labelEn) } : {}) };
  });
}

/** Options from the form; an option whose German label already existed keeps its stored value. */
function toOptions(lines: { label: string; labelEn: string | null }[], previous: QuestionOption[]): QuestionOption[] {
  const used = new Set<string>();
  return lines.map((line) => {
    const kept = previous.find((p) => p.label.toLowerCase() === line.label.toLowerCase());
    const value = kept && !used.has(kept.value) ? kept.value : uniqueKey(keyFromLabel(line.label), [...used, ...previous.map((p) => p.value)]);
    used.add(value);
    return { value, label: line.label, ...(line.labelEn ? { labelEn: line.labelEn } : {}) };
  });
}

export async function addQuestion(options: { input: z.output<typeof addQuestionInput>; actor: Actor }) {
  const { conferenceId, question: q } = options.input;
  return writeTransaction(async (tx) => {
    await requireConferenceAccess(tx, options.actor.userId, conferenceId, "manage");
    const existing = await tx.registrationQuestion.findMany({ where: { conferenceId }, select: { key: true, position: true } });
    const key = uniqueKey(keyFromLabel(q.label), existing.map((e) => e.key));
    const position = existing.reduce((max, e) => Math.max(max, e.position + 1), 0);
    const opts = isChoiceType(q.type) ? toOptions(q.options, []) : null;
    const data = { key, label: q.label, labelEn: q.labelEn, helpText: q.helpText, helpTextEn: q.helpTextEn, type: q.type, required: q.required, position };
    const created = await tx.registrationQuestion.create({ data: { conferenceId, ...data, ...(opts ? { options: opts } : {}) } });
    await audit(tx, options.actor, conferenceId, created.id, "question.create", null, { ...data, options: opts });
    return created;
  });
}

export async function updateQuestion(options: { input: z.output<typeof updateQuestionInput>; actor: Actor }) {
  const { conferenceId, questionId, question: patch } = options.input;
  return writeTransaction(async (tx) => {
    await requireConferenceAccess(tx, options.actor.userId, conferenceId, "manage");
    const before = await questionOf(tx, conferenceId, questionId);
    const q = mergeQuestion(before, patch);
    // Stored answers were given to the old type; a text answer cannot become a choice.
    if (q.type !== before.type && (await answerCount(tx, conferenceId, before.key)) > 0) {
      throw new AppError("validation", "The question has answers; its type cannot change", { type: "typeLocked" });
    }
    // Options not sent stay exactly as stored (values included) while the type still has options.
    const keepOptions = patch.options === undefined && isChoiceType(before.type as QuestionType);
    const opts = isChoiceType(q.type) ? (keepOptions ? storedOptions(before.options) : toOptions(q.options, storedOptions(before.options))) : null;
    const data = { label: q.label, labelEn: q.labelEn, helpText: q.helpText, helpTextEn: q.helpTextEn, type: q.type, required: q.required };
    // A text question has no options: an empty list, not JSON null — Prisma.DbNull is tied to the
    // SQLite client's namespace, which the PostgreSQL client does not recognise.
    const updated = await tx.registrationQuestion.update({ where: { id: before.id }, data: { ...data, options: opts ?? [] } });
    await audit(
      tx,
      options.actor,
      conferenceId,
      before.id,
      "question.update",
      { label: before.label, labelEn: before.labelEn, helpText: before.helpText, helpTextEn: before.helpTextEn, type: before.type, required: before.required, options: before.options ?? null },
      { ...data, options: opts },
    );
    return updated;
  });
}

/**
 * The edit laid over the stored question (absent keeps, null clears; lib/validation/fields.ts),
 * judged as a whole by questionFields; errors keep the form's `question.*` paths.
 */
function mergeQuestion(stored: { label: string; labelEn: string | null; helpText: string | null; helpTextEn: string | null; type: string; required: boolean; options: unknown }, patch: QuestionPatch) {
  const current = {
    label: stored.label,
    labelEn: stored.labelEn,
    helpText: stored.helpText,
    helpTextEn: stored.helpTextEn,
    type: stored.type,
    required: stored.required,
    options: storedOptions(stored.options).map((o) => (o.labelEn ? `${o.label} | ${o.labelEn}` : o.label)),
  };
  const parsed = questionFields.safeParse({ ...current, ...sentFields(patch) });
  if (!parsed.success) throw new ZodError(parsed.error.issues.map((issue) => ({ ...issue, path: ["question", ...issue.path] })));
  return parsed.data;
}

export async function moveQuestion(options: { input: z.output<typeof moveQuestionInput>; actor: Actor }) {
  const { conferenceId, questionId, direction } = options.input;
  return writeTransaction(async (tx) => {
    await requireConferenceAccess(tx, options.actor.userId, conferenceId, "manage");
    await questionOf(tx, conferenceId, questionId);
    // Reorder among the questions registration still asks; archived ones keep their place at the end.
    const list = await tx.registrationQuestion.findMany({ where: { conferenceId, archivedAt: null }, orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true, position: true } });
    const from = list.findIndex((q) => q.id === questionId);
    const to = direction === "up" ? from - 1 : from + 1;
    if (from < 0 || to < 0 || to >= list.length) return { moved: false };
    const order = list.map((q) => q.id);
    [order[from], order[to]] = [order[to], order[from]];
    for (const [position, id] of order.entries()) await tx.registrationQuestion.update({ where: { id }, data: { position } });
    await audit(tx, options.actor, conferenceId, questionId, "question.move", { position: from }, { position: to });
    return { moved: true };
  });
}

/** Archives an answered question, deletes one nobody answered. */
export async function archiveQuestion(options: { input: z.output<typeof archiveQuestionInput>; actor: Actor; now?: Date }) {
  const { conferenceId, questionId } = options.input;
  return writeTransaction(async (tx) => {
    await requireConferenceAccess(tx, options.actor.userId, conferenceId, "manage");
    const question = await questionOf(tx, conferenceId, questionId);
    const answers = await answerCount(tx, conferenceId, question.key);
    if (answers > 0) {
      if (!question.archivedAt) await tx.registrationQuestion.update({ where: { id: question.id }, data: { archivedAt: options.now ?? new Date() } });
      await audit(tx, options.actor, conferenceId, question.id, "question.archive", { archivedAt: null }, { archivedAt: (options.now ?? new Date()).toISOString(), answers });
      return { outcome: "archived" as const, answers };
    }
    await tx.registrationQuestion.delete({ where: { id: question.id } });
    await audit(tx, options.actor, conferenceId, question.id, "question.delete", { key: question.key, label: question.label, type: question.type }, null);
    return { outcome: "deleted" as const, answers: 0 };
  });
}

/** Asks an archived question again, at the end of the list. */
export async function restoreQuestion(options: { input: z.output<typeof restoreQuestionInput>; actor: Actor }) {
  const { conferenceId, questionId } = options.input;
  return writeTransaction(async (tx) => {
    await requireConferenceAccess(tx, options.actor.userId, conferenceId, "manage");
    const question = await questionOf(tx, conferenceId, questionId);
    if (!question.archivedAt) return question;
    const last = await tx.registrationQuestion.findFirst({ where: { conferenceId, archivedAt: null }, orderBy: { position: "desc" }, select: { position: true } });
    const restored = await tx.registrationQuestion.update({ where: { id: question.id }, data: { archivedAt: null, position: (last?.position ?? -1) + 1 } });
    await audit(tx, options.actor, conferenceId, question.id, "question.restore", { archivedAt: question.archivedAt.toISOString() }, { archivedAt: null });
    return restored;
  });
}
