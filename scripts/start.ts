/**
 * `npm start`: migrate, seed if empty, build if the sources changed, serve on PORT (3000).
 * Safe to run again: existing data is kept.
 */
import { spawn } from "node:child_process";
import { buildIfNeeded } from "./build-if-needed";
import { prepareDatabase } from "./prepare-db";
import { mailboxUrl, secureDataDir, serverCommand, serverEnv, startBanner } from "./server-env";

async function main() {
  const port = Number(process.env.PORT || 3000);
  // Files the app creates in data/ (database, WAL, secrets) are the owner's alone.
  process.umask(0o077);
  secureDataDir();
  await prepareDatabase();
  secureDataDir();
  buildIfNeeded();
  const env = serverEnv(port);
  for (const line of startBanner(env)) console.log(line);
  const mailbox = mailboxUrl(env);
  if (mailbox) console.log(`Development mailbox (keep this link to yourself): ${mailbox}`);
  const [command, args] = serverCommand(port);
  const child = spawn(command, args, { stdio: "inherit", env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
