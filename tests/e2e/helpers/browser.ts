import fs from "node:fs";
import { chromium } from "@playwright/test";

const SYSTEM_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/**
 * Which Chromium the browser tests use: CHROMIUM_PATH if set, else Playwright's own when it has
 * been downloaded (`npx playwright install chromium`), else the system's (Debian: apt-get install chromium).
 * Returns null when there is none; "bundled" means Playwright's default.
 */
export function findBrowser(): string | "bundled" | null {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    if (fs.existsSync(chromium.executablePath())) return "bundled";
  } catch {
    // Playwright has no browser of its own here.
  }
  return SYSTEM_CHROMIUM.find((p) => fs.existsSync(p)) ?? null;
}
