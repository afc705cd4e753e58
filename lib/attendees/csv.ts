/**
 * CSV that German Excel opens correctly: UTF-8 with BOM, semicolons, CRLF, every field quoted, and
 * cells that Excel would run as formulas (=, +, -, @, tab, CR) prefixed with an apostrophe.
 * Values arrive as the reader should see them (translated, formatted: see attendee-csv.ts).
 */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? "" : Array.isArray(value) ? value.join(", ") : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return csvHead(header) + csvLines(rows);
}

/** The byte order mark and the header line: the start of a streamed export. */
export function csvHead(header: string[]): string {
  return "\uFEFF" + csvLines([header]);
}

/** Rows as CRLF-terminated lines (a streamed export appends them page by page). */
export function csvLines(rows: unknown[][]): string {
  return rows.map((row) => row.map(csvCell).join(";") + "\r\n").join("");
}
