/**
 * `npm run webhooks:worker`: a standalone webhook worker for deployments with several app instances
 * (run the app with WEBHOOKS_WORKER=off and one or more of these; deliveries are claimed atomically).
 */
import { startWebhookWorker, stopWebhookWorker } from "../lib/webhooks/deliver";

startWebhookWorker();
console.log(`Webhook worker running (polling every ${process.env.WEBHOOKS_POLL_MS || 2000} ms). Ctrl+C to stop.`);
// The worker's timer does not keep the process alive on its own.
const keepAlive = setInterval(() => {}, 1 << 30);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    stopWebhookWorker();
    clearInterval(keepAlive);
    process.exit(0);
  });
}
