/**
 * `npm run mail:worker`: a standalone mail sender for deployments with several app instances
 * (run the app with MAIL_SENDER=off and one or more of these; rows are claimed atomically).
 */
import { startMailSender, stopMailSender } from "../lib/mail/sender";

startMailSender();
console.log(`Mail worker running (polling every ${process.env.MAIL_POLL_MS || 2000} ms). Ctrl+C to stop.`);
// The sender's timer does not keep the process alive on its own.
const keepAlive = setInterval(() => {}, 1 << 30);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    stopMailSender();
    clearInterval(keepAlive);
    process.exit(0);
  });
}
