/**
 * The change log in human terms: field labels instead of keys, statuses and other stored values
 * translated, times in the conference's time zone ("11.03.2027 14:00 → 15:00"), ids as the names
 * of what they point to, answers as their question's label, objects as readable fields. Pure: the
 * translator (namespace `organiser.audit`), the name lookup and the questions come in, text goes
 * out, so every action the code writes can be checked in a table-driven unit test.
 */
import type { NameOf } from "./diff";

/** A translator scoped to the `organiser.audit` messages (next-intl's, from a page or createTranslator). */
export type AuditTranslate = { (key: string, values?: Record<string, string | number>): string; has(key: string): boolean };

export type AuditQuestion = { key: string; label: string; labelEn?: string | null; options?: unknown };

export type AuditFormatContext = {
  locale: "de" | "en";
  timeZone: string;
  t: AuditTranslate;
  nameOf?: NameOf;
  /** The conference's registration questions, archived ones too: answers and options read as their labels. */
  questions?: AuditQuestion[];
};

/** One readable line of a change: "Beginn: 11.03.2027 14:00 → 15:00". Values are null where a side has none. */
export type ReadableChange = { field: string; label: string; before: string | null; after: string | null };

const INSTANTS = new Set(["startsAt", "endsAt", "registrationOpensAt", "registrationClosesAt", "broadcastOptOutAt", "archivedAt", "revokedAt", "expiresAt", "checkedInAt", "retentionEndsAt", "since", "failingSince"]);
const BOOLEANS = new Set(["required", "isPlatformAdmin", "anonymised", "userCreated", "certificatesEnabled", "manual", "enabled"]);
/** Values that are one of a fixed set of stored keys, each translated through `values.<group>.<key>`. */
const ENUMS: Record<string, string> = { format: "format", language: "language", locale: "language", role: "role", type: "questionType", direction: "direction", layout: "badgeLayout", rights: "tokenRights", reason: "webhookReason", organisationField: "formField", jobTitleField: "formField" };
const MAX_TEXT = 160;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const two = (n: number) => String(n).padStart(2, "0");
const dateParts = new Map<string, Intl.DateTimeFormat>();

/** Calendar date and wall time of an instant in a zone: { date: "11.03.2027" | "11 Mar 2027", time: "14:00" }. */
function wall(date: Date, timeZone: string, locale: "de" | "en"): { day: string; date: string; time: string } {
  let f = dateParts.get(timeZone);
  if (!f) dateParts.set(timeZone, (f = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" })));
  const p = Object.fromEntries(f.formatToParts(date).map((x) => [x.type, x.value]));
  const month = Number(p.month);
  const date_ = locale === "en" ? `${Number(p.day)} ${MONTHS_EN[month - 1]} ${p.year}` : `${p.day}.${p.month}.${p.year}`;
  return { day: `${p.year}-${p.month}-${p.day}`, date: date_, time: `${two(Number(p.hour) % 24)}:${p.minute}` };
}
const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "11.03.2027 14:00" (German) or "11 Mar 2027 14:00" (English), in the given zone. */
export function formatAuditTime(date: Date, timeZone: string, locale: "de" | "en"): string {
  const w = wall(date, timeZone, locale);
  return `${w.date} ${w.time}`;
}

function asInstant(value: unknown): Date | null {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const d = new Date(value);
  return Number.isNaN(+d) ? null : d;
}

function cut(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > MAX_TEXT ? `${flat.slice(0, MAX_TEXT - 1)}…` : flat;
}

/** The label of a field: `fields.<name>`, else a question's label for `answers.<key>`, else the name itself. */
export function fieldLabel(field: string, ctx: AuditFormatContext): string {
  if (field.startsWith("answers.")) {
    const question = ctx.questions?.find((q) => q.key === field.slice("answers.".length));
    if (question) return questionLabel(question, ctx.locale);
  }
  return ctx.t.has(`fields.${field}`) ? ctx.t(`fields.${field}`) : field;
}

function questionLabel(q: AuditQuestion, locale: "de" | "en"): string {
  return locale === "en" ? q.labelEn || q.label : q.label;
}

function optionLabel(option: unknown, locale: "de" | "en"): string | null {
  if (!isRecord(option) || typeof option.label !== "string") return null;
  return locale === "en" && typeof option.labelEn === "string" && option.labelEn ? option.labelEn : option.label;
}

function translated(group: string, key: string, ctx: AuditFormatContext): string {
  return ctx.t.has(`values.${group}.${key}`) ? ctx.t(`values.${group}.${key}`) : key;
}

/** A registration's, session's, conference's or email's status, in the words of that entity. */
function statusLabel(value: string, entityType: string, ctx: AuditFormatContext): string {
  const group = entityType === "SessionRegistration" ? "Registration" : entityType;
  if (ctx.t.has(`values.status.${group}.${value}`)) return ctx.t(`values.status.${group}.${value}`);
  for (const g of ["Registration", "Session", "Conference", "EmailOutbox"]) if (ctx.t.has(`values.status.${g}.${value}`)) return ctx.t(`values.status.${g}.${value}`);
  return value;
}

/** One value of a field, readable. `entityType` picks the words for a status. */
export function formatAuditField(field: string, value: unknown, entityType: string, ctx: AuditFormatContext): string | null {
  if (value === undefined || value === null) return field === "capacity" ? ctx.t("values.unlimited") : null;
  const name = (id: string) => ctx.nameOf?.(id);
  if (INSTANTS.has(field)) {
    const d = asInstant(value);
    if (d) return formatAuditTime(d, ctx.timeZone, ctx.locale);
  }
  if (typeof value === "boolean") return ctx.t(value ? "values.yes" : "values.no");
  if (BOOLEANS.has(field) && typeof value !== "object") return ctx.t(value ? "values.yes" : "values.no");
  if (field === "status" && typeof value === "string") return statusLabel(value, entityType, ctx);
  if (ENUMS[field] && typeof value === "string") return translated(ENUMS[field], value, ctx);
  if (field === "changed" && Array.isArray(value)) return value.map((f) => fieldLabel(String(f), ctx)).join(", ");
  if (field === "options" && Array.isArray(value)) return value.map((o) => optionLabel(o, ctx.locale) ?? String(o)).join(", ") || "–";
  if (Array.isArray(value)) {
    const parts = value.map((v) => formatNested(v, entityType, ctx)).filter((v): v is string => v !== null);
    return parts.length ? cut(parts.join(", ")) : "–";
  }
  if (isRecord(value)) return formatNested(value, entityType, ctx);
  if (typeof value === "string") return cut(name(value) ?? value);
  // Fractions in the reader's notation ("5,5" hours); whole numbers as they are (ids, counts, years).
  if (typeof value === "number" && !Number.isInteger(value)) return value.toLocaleString(ctx.locale === "en" ? "en-GB" : "de-DE");
  return String(value);
}

/**
 * Values inside lists and objects: a session outcome ({ id, status, waitlistPosition }) reads
 * "Werkstatt (Warteliste, Platz 2)", a promotion ({ registrationId, sessionId }) "Name: Werkstatt",
 * anything else as "label: value" pairs.
 */
function formatNested(value: unknown, entityType: string, ctx: AuditFormatContext): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return ctx.nameOf?.(value) ?? value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return ctx.t(value ? "values.yes" : "values.no");
  if (Array.isArray(value)) return value.map((v) => formatNested(v, entityType, ctx)).join(", ");
  if (!isRecord(value)) return String(value);
  if (typeof value.id === "string" && typeof value.status === "string") {
    const title = ctx.nameOf?.(value.id) ?? value.id;
    const status = statusLabel(value.status, "SessionRegistration", ctx);
    return typeof value.waitlistPosition === "number" ? `${title} (${ctx.t("values.waitlistPlace", { status, position: value.waitlistPosition })})` : `${title} (${status})`;
  }
  if (typeof value.registrationId === "string") {
    const person = ctx.nameOf?.(value.registrationId) ?? value.registrationId;
    const session = typeof value.sessionId === "string" ? (ctx.nameOf?.(value.sessionId) ?? value.sessionId) : null;
    return session ? `${person}: ${session}` : person;
  }
  const option = optionLabel(value, ctx.locale);
  if (option) return option;
  return Object.entries(value)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `${fieldLabel(k, ctx)}: ${formatAuditField(k, v, entityType, ctx)}`)
    .join("; ");
}

/**
 * The fields a row changed, readable, in a stable order: values that differ between before and
 * after; a row with only one side (a creation, a deletion, an opt-out) lists that side's fields.
 * Two instants on the same day show the later one as a time only: "11.03.2027 14:00 → 15:00".
 */
export function readableChanges(entry: { entityType: string; before: unknown; after: unknown }, ctx: AuditFormatContext): ReadableChange[] {
  const b = isRecord(entry.before) ? entry.before : {};
  const a = isRecord(entry.after) ? entry.after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const changes: ReadableChange[] = [];
  for (const field of fields) {
    if (JSON.stringify(b[field]) === JSON.stringify(a[field])) continue;
    const hasBefore = field in b;
    const hasAfter = field in a;
    const before = hasBefore ? (formatAuditField(field, b[field], entry.entityType, ctx) ?? "–") : null;
    let after = hasAfter ? (formatAuditField(field, a[field], entry.entityType, ctx) ?? "–") : null;
    const from = INSTANTS.has(field) ? asInstant(b[field]) : null;
    const to = INSTANTS.has(field) ? asInstant(a[field]) : null;
    if (from && to && wall(from, ctx.timeZone, ctx.locale).day === wall(to, ctx.timeZone, ctx.locale).day) after = wall(to, ctx.timeZone, ctx.locale).time;
    changes.push({ field, label: fieldLabel(field, ctx), before, after });
  }
  return changes;
}

/** The action in words: `actions.<action with _ for .>` (next-intl reads dots as nesting). */
export function actionLabel(action: string, t: AuditTranslate): string {
  const key = `actions.${action.replace(/\./g, "_")}`;
  return t.has(key) ? t(key) : action;
}

/** The kind of thing a row is about, in words. */
export function entityTypeLabel(entityType: string, t: AuditTranslate): string {
  return t.has(`entityTypes.${entityType}`) ? t(`entityTypes.${entityType}`) : entityType;
}

/**
 * What a row is about when its id has no name to look up any more (a deleted room, a removed
 * host): the name or title its values recorded.
 */
export function recordedName(before: unknown, after: unknown): string | null {
  for (const side of [after, before]) {
    if (!isRecord(side)) continue;
    for (const key of ["name", "title", "label", "host", "subject", "email"]) if (typeof side[key] === "string" && side[key]) return side[key] as string;
  }
  return null;
}
