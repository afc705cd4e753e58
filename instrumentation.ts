/** Starts the in-process mail sender with the server (MAIL_SENDER=off leaves it to `npm run mail:worker`). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.MAIL_SENDER === "off") return;
  const { startMailSender } = await import("./lib/mail/sender");
  startMailSender();
}
