/**
 * Starts the in-process mail sender with the server (MAIL_SENDER=off leaves it to `npm run mail:worker`)
 * and the privacy retention job (PRIVACY_RETENTION=off leaves it to `npm run privacy:retention`).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.MAIL_SENDER !== "off") {
    const { startMailSender } = await import("./lib/mail/sender");
    startMailSender();
  }
  if (process.env.PRIVACY_RETENTION !== "off") {
    const { startRetentionJob } = await import("./lib/privacy/run-retention");
    startRetentionJob();
  }
}
