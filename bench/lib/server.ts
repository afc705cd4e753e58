/**
 * Starts a production Tagung server (scripts/serve.mjs, as `npm start`) for a benchmark: its own build directory (.next-bench), a
 * throw-away SQLite database under bench/.tmp, rate limits and the in-process mail sender off so
 * that only the request path is measured. Returns the base URL and a stop function.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildIfNeeded } from "../../scripts/build-if-needed";
import { serverEnv } from "../../scripts/server-env";

export type BenchServer = { url: string; databaseUrl: string; stop: () => Promise<void> };

export const BENCH_DIST_DIR = ".next-bench";

export function freshSqliteUrl(name: string): string {
  const file = path.join("bench", ".tmp", `${name}.db`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  return `file:./${file}`;
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not become healthy`);
}

export async function startBenchServer(options: { port: number; databaseUrl: string; env?: Record<string, string> }): Promise<BenchServer> {
  buildIfNeeded(BENCH_DIST_DIR);
  const env = serverEnv(options.port, {
    ...process.env,
    NODE_ENV: "production",
    NEXT_DIST_DIR: BENCH_DIST_DIR,
    DATABASE_URL: options.databaseUrl,
    RATE_LIMIT: "off",
    MAIL_SENDER: "off",
    NEXTAUTH_SECRET: "bench-secret",
    ...options.env,
  });
  // The production server `npm start` runs (scripts/serve.mjs: Next plus the public page cache).
  // BENCH_CPU_PROF=1: the server writes a V8 CPU profile to bench/results/profiles/ when stopped.
  const profile = process.env.BENCH_CPU_PROF === "1" ? ["--cpu-prof", "--cpu-prof-dir=bench/results/profiles"] : [];
  const child = spawn(process.execPath, [...profile, "scripts/serve.mjs", String(options.port)], {
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${options.port}`;
  await waitForHealth(url, child);
  return {
    url,
    databaseUrl: options.databaseUrl,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
      }),
  };
}
