/** Where the browser tests' server runs; see scripts/e2e-server.ts. */
export const E2E_PORT = Number(process.env.E2E_PORT || 3200);
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;
