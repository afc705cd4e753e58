/** Retention rules (pure): when a conference's personal data is anonymised. */

export const MAX_RETENTION_MONTHS = 6;
export const MIN_RETENTION_MONTHS = 1;
/** Failed mails stay sendable again this long; then their content is dropped. */
export const FAILED_MAIL_KEEP_DAYS = 30;
/** Development-mailbox copies are kept this long at most. */
export const DEV_MAIL_KEEP_DAYS = 30;
/** An Idempotency-Key answers replays this long. */
export const IDEMPOTENCY_KEEP_HOURS = 24;
/** Webhook events (bodies naming attendees) and their deliveries, kept for re-sending. */
export const WEBHOOK_EVENT_KEEP_DAYS = 30;

/** `months` calendar months after `endsAt` (same day and time, clamped to the month's last day). */
export function addMonths(date: Date, months: number): Date {
  const d = new Date(date.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

export function clampRetentionMonths(months: number | null | undefined): number {
  if (months === null || months === undefined || !Number.isFinite(months)) return MAX_RETENTION_MONTHS;
  return Math.min(MAX_RETENTION_MONTHS, Math.max(MIN_RETENTION_MONTHS, Math.round(months)));
}

/** When the conference's registrations are anonymised. */
export function retentionEndsAt(conference: { endsAt: Date; retentionMonths: number }): Date {
  return addMonths(conference.endsAt, clampRetentionMonths(conference.retentionMonths));
}

export function isRetentionDue(conference: { endsAt: Date; retentionMonths: number; anonymisedAt: Date | null }, now: Date): boolean {
  return conference.anonymisedAt === null && retentionEndsAt(conference).getTime() <= now.getTime();
}
