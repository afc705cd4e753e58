/**
 * At server start: fixes the calendar UID domain on first start (lib/calendar/uid-domain.ts), starts
 * the in-process mail sender (MAIL_SENDER=off leaves it to `npm run mail:worker`) and the privacy
 * retention job (PRIVACY_RETENTION=off leaves it to `npm run privacy:retention`), the webhook
 * worker (WEBHOOKS_WORKER=off leaves it to `npm run webhooks:worker`) and the reminder scheduler
 * (REMINDERS=off leaves it to `npm run reminders`).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ db }, { loadUidDomain }] = await Promise.all([import("./lib/db"), import("./lib/calendar/uid-domain")]);
  await loadUidDomain(db).catch((error: unknown) => console.error("calendar UID domain:", error instanceof Error ? error.message : error));
  if (process.env.MAIL_SENDER !== "off") {
    const { startMailSender } = await import("./lib/mail/sender");
    startMailSender();
  }
  if (process.env.WEBHOOKS_WORKER !== "off") {
    const { startWebhookWorker } = await import("./lib/webhooks/deliver");
    startWebhookWorker();
  }
  if (process.env.PRIVACY_RETENTION !== "off") {
    const { startRetentionJob } = await import("./lib/privacy/run-retention");
    startRetentionJob();
  }
  if (process.env.REMINDERS !== "off") {
    const { startReminderJob } = await import("./lib/reminders/run-reminders");
    startReminderJob();
  }
}
