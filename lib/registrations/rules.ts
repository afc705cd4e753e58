/** Pure registration rules; `now` is always passed in. */

export type RegistrationWindowState = "open" | "not_yet_open" | "closed";

type WindowFields = {
  status: string;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  endsAt: Date;
};

/** Registration is open for a published conference inside its window and before it ends. */
export function registrationWindow(conference: WindowFields, now: Date): RegistrationWindowState {
  if (conference.status !== "published") return "closed";
  if (conference.registrationOpensAt && now < conference.registrationOpensAt) return "not_yet_open";
  if (conference.registrationClosesAt && now >= conference.registrationClosesAt) return "closed";
  if (now >= conference.endsAt) return "closed";
  return "open";
}

export function isRegistrationOpen(conference: WindowFields, now: Date): boolean {
  return registrationWindow(conference, now) === "open";
}

/** Seats still free; null when the capacity is unlimited. */
export function seatsLeft(capacity: number | null, seatsTaken: number): number | null {
  return capacity === null ? null : Math.max(0, capacity - seatsTaken);
}

type TimedSession = { id: string; title: string; startsAt: Date; endsAt: Date };

/** The first pair of sessions whose times overlap (touching ends do not overlap), or null. */
export function findOverlap<S extends TimedSession>(sessions: S[]): [S, S] | null {
  const sorted = [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  for (let i = 1; i < sorted.length; i++) {
    for (let j = 0; j < i; j++) {
      if (sorted[j].endsAt > sorted[i].startsAt) return [sorted[j], sorted[i]];
    }
  }
  return null;
}

type Span = { id: string; startsAt: Date | string; endsAt: Date | string };

const time = (d: Date | string) => (typeof d === "string" ? Date.parse(d) : d.getTime());

/** Whether two sessions share time; one ending when the other starts does not. */
export function sessionsOverlap(a: Span, b: Span): boolean {
  return time(a.startsAt) < time(b.endsAt) && time(b.startsAt) < time(a.endsAt);
}

/**
 * For the session picker: every session that overlaps a chosen one, with the first chosen session
 * (in the given order) it collides with. An unchosen session listed here cannot be ticked; a chosen
 * one listed here clashes with another choice (preselected or stored before), which the attendee
 * must resolve. The server refuses overlaps in any case (findOverlap).
 */
export function overlapsWithChosen<S extends Span>(sessions: S[], chosen: string[]): Map<string, S> {
  const picked = sessions.filter((s) => chosen.includes(s.id));
  const result = new Map<string, S>();
  for (const s of sessions) {
    const other = picked.find((p) => p.id !== s.id && sessionsOverlap(p, s));
    if (other) result.set(s.id, other);
  }
  return result;
}

export type Question = {
  key: string;
  type: "short_text" | "long_text" | "single_choice" | "multiple_choice" | "checkbox";
  required: boolean;
  options: unknown;
};

export type AnswerValue = string | string[] | boolean;

/** Error codes per answer key (`answers.<key>`), plus the cleaned answers to store. */
export function checkAnswers(questions: Question[], answers: Record<string, AnswerValue>): { errors: Record<string, string>; clean: Record<string, AnswerValue> } {
  const errors: Record<string, string> = {};
  const clean: Record<string, AnswerValue> = {};
  const known = new Set(questions.map((q) => q.key));
  for (const key of Object.keys(answers)) if (!known.has(key)) errors[`answers.${key}`] = "unknownQuestion";
  for (const q of questions) {
    const value = answers[q.key];
    const field = `answers.${q.key}`;
    const values = optionValues(q.options);
    const empty = value === undefined || value === "" || value === false || (Array.isArray(value) && value.length === 0);
    if (empty) {
      if (q.required) errors[field] = "required";
      continue;
    }
    switch (q.type) {
      case "short_text":
      case "long_text": {
        if (typeof value !== "string") errors[field] = "invalid";
        else if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value) || (q.type === "short_text" && /[\r\n]/.test(value))) errors[field] = "controlCharacters";
        else if (value.length > (q.type === "short_text" ? 300 : 5000)) errors[field] = "tooLong";
        else clean[q.key] = value.normalize("NFC").trim();
        break;
      }
      case "single_choice":
        if (typeof value !== "string" || !values.includes(value)) errors[field] = "invalidChoice";
        else clean[q.key] = value;
        break;
      case "multiple_choice": {
        const list = Array.isArray(value) ? value : typeof value === "string" ? [value] : null;
        if (!list || list.some((v) => !values.includes(v))) errors[field] = "invalidChoice";
        else clean[q.key] = [...new Set(list)];
        break;
      }
      case "checkbox":
        if (value !== true && value !== "true" && value !== "on") errors[field] = "invalid";
        else clean[q.key] = true;
        break;
    }
  }
  return { errors, clean };
}

export function optionValues(options: unknown): string[] {
  return Array.isArray(options) ? options.map((o) => (o && typeof o === "object" && "value" in o ? String((o as { value: unknown }).value) : String(o))) : [];
}

/**
 * An update's answers merged into the stored ones (the rule in lib/validation/fields.ts, per
 * question key): a key not sent keeps its stored answer, `null` or an empty answer deletes it,
 * anything else replaces it once valid. Only sent keys are checked, except that a required
 * question must still be answered after the merge. A question archived since registration keeps its
 * stored answer; sending that same answer back is accepted, changing it is not.
 * `changed` lists the keys whose stored answer differs afterwards.
 */
export function mergeAnswers(
  questions: (Question & { archivedAt: Date | null })[],
  stored: Record<string, AnswerValue>,
  sent: Record<string, AnswerValue | null>,
): { errors: Record<string, string>; answers: Record<string, AnswerValue>; changed: string[] } {
  const active = questions.filter((q) => !q.archivedAt);
  const archived = new Set(questions.filter((q) => q.archivedAt).map((q) => q.key));
  const errors: Record<string, string> = {};
  const answers = { ...stored };
  const toCheck: Record<string, AnswerValue> = {};
  for (const [key, value] of Object.entries(sent)) {
    if (value === null) delete answers[key];
    else if (archived.has(key)) {
      if (JSON.stringify(value) !== JSON.stringify(stored[key])) errors[`answers.${key}`] = "unknownQuestion";
    } else toCheck[key] = value;
  }
  const activeKeys = new Set(active.map((q) => q.key));
  // Stored answers to active questions count for "required", but are not re-judged here.
  const merged: Record<string, AnswerValue> = {};
  for (const key of activeKeys) if (answers[key] !== undefined) merged[key] = answers[key];
  Object.assign(merged, toCheck);
  const checked = checkAnswers(active, merged);
  for (const key of Object.keys(toCheck)) {
    if (!activeKeys.has(key)) errors[`answers.${key}`] = "unknownQuestion";
    else if (checked.errors[`answers.${key}`]) errors[`answers.${key}`] = checked.errors[`answers.${key}`];
    else if (checked.clean[key] === undefined) delete answers[key];
    else answers[key] = checked.clean[key];
  }
  for (const q of active) if (checked.errors[`answers.${q.key}`] === "required") errors[`answers.${q.key}`] = "required";
  const changed = [...new Set([...Object.keys(stored), ...Object.keys(answers)])].filter((key) => JSON.stringify(stored[key]) !== JSON.stringify(answers[key])).sort();
  return { errors, answers, changed };
}
