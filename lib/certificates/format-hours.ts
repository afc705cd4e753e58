/** "4,5" / "4.5": hours as the reader writes them (pure; also used in the browser). */
export function formatHours(hours: number, locale: string): string {
  return new Intl.NumberFormat(locale === "en" ? "en-GB" : "de-DE", { maximumFractionDigits: 2 }).format(hours);
}
