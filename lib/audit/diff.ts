/** The fields an audit row changed, for the log's before → after column. Pure, so it is easy to test. */
export type FieldChange = { field: string; before: string | null; after: string | null };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Names for ids (sessions, registrations, rooms), so a row reads "Werkstatt", not "cm8x…". */
export type NameOf = (id: string) => string | undefined;

/** A short, readable rendering of one JSON value; long values are cut so a row stays scannable. */
export function formatAuditValue(value: unknown, nameOf: NameOf = () => undefined, max = 160): string | null {
  if (value === undefined || value === null) return null;
  const text =
    typeof value === "string"
      ? (nameOf(value) ?? value)
      : typeof value === "number" || typeof value === "boolean"
        ? String(value)
        : JSON.stringify(value, (_key, v: unknown) => (typeof v === "string" ? (nameOf(v) ?? v) : v));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Every string inside a JSON value (ids among them), for looking their names up in one go. */
export function auditStrings(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === "string") into.add(value);
  else if (Array.isArray(value)) value.forEach((v) => auditStrings(v, into));
  else if (isRecord(value)) Object.values(value).forEach((v) => auditStrings(v, into));
  return into;
}

/**
 * Fields whose value differs between before and after (both objects), in a stable order. A row
 * with only one side (a creation, an opt-out) lists that side's fields.
 */
export function auditDiff(before: unknown, after: unknown, nameOf?: NameOf): FieldChange[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (JSON.stringify(b[field]) === JSON.stringify(a[field])) continue;
    const was = formatAuditValue(b[field], nameOf);
    const now = formatAuditValue(a[field], nameOf);
    changes.push({ field, before: was, after: now });
  }
  return changes;
}
