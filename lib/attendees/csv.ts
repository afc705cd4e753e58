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
  return "\uFEFF" + [header, ...rows].map((row) => row.map(csvCell).join(";")).join("\r\n") + "\r\n";
}
