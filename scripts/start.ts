/**
 * `npm start`: migrate, seed if empty, build if the sources changed, serve on PORT (3000).
 * Safe to run again: existing data is kept.
 */
import { spawn } from "node:child_process";
import { buildIfNeeded } from "./build-if-needed";
import { prepareDatabase } from "./prepare-db";
import { serverEnv } from "./server-env";

async function main() {
  const port = Number(process.env.PORT || 3000);
  await prepareDatabase();
  buildIfNeeded();
  const env = serverEnv(port);
  console.log(`Tagung is starting at ${env.APP_URL}`);
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], { stdio: "inherit", env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
