import { defineConfig, devices } from "@playwright/test";
import { findBrowser } from "./tests/e2e/helpers/browser";
import { E2E_BASE_URL, E2E_PORT } from "./tests/e2e/helpers/server";

const browser = findBrowser();
const executablePath = browser && browser !== "bundled" ? browser : undefined;

export default defineConfig({
  testDir: "tests/e2e",
  // Specs and helpers import lib/ (fixtures in the database): "server-only" resolves as for scripts.
  tsconfig: "./tsconfig.scripts.json",
  outputDir: "test-results/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-report.json" }]],
  use: {
    baseURL: E2E_BASE_URL,
    locale: "de-DE",
    timezoneId: "America/New_York", // the viewer's zone must not change the times shown
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions: { executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"] } } }],
  webServer: {
    command: "npx tsx --tsconfig=tsconfig.scripts.json scripts/e2e-server.ts",
    url: `${E2E_BASE_URL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { E2E_PORT: String(E2E_PORT) },
  },
});
