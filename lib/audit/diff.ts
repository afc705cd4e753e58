/** The fields an audit row changed, for the log's before → after column. Pure, so it is easy to test. */
export type FieldChange = { field: string; before: string | null; after: string | null };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A short, readable rendering of one JSON value; long values are cut so a row stays scannable. */
export function formatAuditValue(value: unknown, max = 160): string | null {
  if (value === undefined || value === null) return null;
  const text = typeof value === "string" ? value : typeof value === "number" || typeof value === "boolean" ? String(value) : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Fields whose value differs between before and after (both objects), in a stable order. A row
 * with only one side (a creation, an opt-out) lists that side's fields.
 */
export function auditDiff(before: unknown, after: unknown): FieldChange[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const was = formatAuditValue(b[field]);
    const now = formatAuditValue(a[field]);
    if (JSON.stringify(b[field]) === JSON.stringify(a[field])) continue;
    changes.push({ field, before: was, after: now });
  }
  return changes;
}
