/** Where the browser tests' server runs; see scripts/e2e-server.ts. */
export const E2E_PORT = Number(process.env.E2E_PORT || 3200);
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;
/** The development mailbox's key on that server (it answers 404 to anyone without it). */
export const E2E_MAILBOX_KEY = process.env.DEV_MAILBOX_KEY || "e2e-mailbox-key";
