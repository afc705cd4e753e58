/**
 * `npm test`: lint and type check, unit tests, integration tests against a real database, and
 * browser tests against a production build. Prints a last line `N passed, N failed`.
 *
 *   TEST_STAGES=unit,integration npm test     run some stages only (static, unit, integration, e2e)
 *   TEST_DATABASE_URL=postgres://… npm test   integration tests against PostgreSQL
 *   E2E_DATABASE_URL=postgres://… npm test    browser tests' server on PostgreSQL
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { findBrowser } from "../tests/e2e/helpers/browser";

const ALL = ["static", "unit", "integration", "e2e"] as const;
type Stage = (typeof ALL)[number];
const stages = new Set((process.env.TEST_STAGES?.split(",").map((s) => s.trim()) ?? ALL) as Stage[]);

let passed = 0;
let failed = 0;
const failures: string[] = [];
/** Every test's duration, so the slowest can be printed at the end (growth stays visible). */
const durations: { name: string; ms: number }[] = [];

type VitestReport = {
  numPassedTests: number;
  numFailedTests: number;
  testResults?: { name: string; assertionResults?: { fullName: string; duration?: number | null }[] }[];
};
type PlaywrightSuite = {
  title: string;
  specs?: { title: string; file?: string; tests?: { results?: { duration?: number }[] }[] }[];
  suites?: PlaywrightSuite[];
};

function collectPlaywright(suite: PlaywrightSuite, prefix: string) {
  const here = suite.title ? (prefix ? `${prefix} › ${suite.title}` : suite.title) : prefix;
  for (const spec of suite.specs ?? []) {
    const ms = (spec.tests ?? []).flatMap((t) => t.results ?? []).reduce((sum, r) => sum + (r.duration ?? 0), 0);
    durations.push({ name: `e2e ${here} › ${spec.title}`, ms });
  }
  for (const child of suite.suites ?? []) collectPlaywright(child, here);
}

function run(label: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n━━ ${label}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) failures.push(label);
  return result.status === 0;
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

function ensureBrowser(): boolean {
  if (findBrowser()) return true;
  const canApt = process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get");
  if (canApt) {
    console.log("No Chromium found: installing Debian's chromium (apt-get install chromium) …");
    spawnSync("apt-get", ["update"], { stdio: "inherit" });
    spawnSync("apt-get", ["install", "-y", "chromium"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (findBrowser()) return true;
  }
  console.error(
    "\nNo browser for the browser tests. Do one of these, then run npm test again:\n" +
      "  npx playwright install chromium        (downloads Playwright's Chromium)\n" +
      "  sudo apt-get install chromium          (Debian/Ubuntu system Chromium)\n" +
      "  CHROMIUM_PATH=/path/to/chrome npm test (any Chromium you have)\n",
  );
  return false;
}

fs.mkdirSync("test-results", { recursive: true });
const npx = "npx";

if (stages.has("static")) {
  for (const [label, args] of [
    ["lint", ["eslint", ".", "--max-warnings=0"]],
    // next typegen writes the route types (PageProps, LayoutProps) tsc needs, without a build.
    ["route types", ["next", "typegen"]],
    ["typecheck", ["tsc", "--noEmit"]],
  ] as const) {
    if (run(label, npx, [...args])) passed++;
    else failed++;
  }
}

for (const project of ["unit", "integration"] as const) {
  if (!stages.has(project)) continue;
  const out = `test-results/vitest-${project}.json`;
  fs.rmSync(out, { force: true });
  run(`${project} tests`, npx, ["vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${out}`]);
  const report = readJson<VitestReport>(out);
  if (report) {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    for (const file of report.testResults ?? []) {
      for (const test of file.assertionResults ?? []) {
        durations.push({ name: `${project} ${file.name.replace(process.cwd() + "/", "")} › ${test.fullName}`, ms: test.duration ?? 0 });
      }
    }
  } else failed++;
}

if (stages.has("e2e")) {
  const out = "test-results/e2e-report.json";
  fs.rmSync(out, { force: true });
  if (!ensureBrowser()) {
    failed++;
    failures.push("browser tests (no browser)");
  } else {
    run("browser tests", npx, ["playwright", "test"]);
    const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number }; suites?: PlaywrightSuite[] }>(out);
    for (const suite of report?.suites ?? []) collectPlaywright(suite, "");
    if (report) {
      passed += report.stats.expected + report.stats.flaky;
      failed += report.stats.unexpected + report.stats.skipped;
    } else failed++;
  }
}

if (durations.length) {
  console.log("\nSlowest tests:");
  for (const { name, ms } of durations.sort((a, b) => b.ms - a.ms).slice(0, 10)) {
    console.log(`  ${(ms / 1000).toFixed(1).padStart(6)} s  ${name}`);
  }
}
if (failures.length) console.log(`\nFailed stages: ${failures.join(", ")}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed || failures.length ? 1 : 0);
