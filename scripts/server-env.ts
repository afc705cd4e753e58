import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** data/ holds the SQLite database and generated secrets: only the owner may read it (0700, files 0600). */
export function secureDataDir(dir = path.resolve("data")): string {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dir, 0o700);
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    if (fs.statSync(file).isFile()) fs.chmodSync(file, 0o600);
  }
  return dir;
}

/** A random secret generated once into data/<name> (mode 0600) and read from there afterwards. */
export function storedSecret(name: string, dir = path.resolve("data")): string {
  const file = path.join(secureDataDir(dir), name);
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  return fs.readFileSync(file, "utf8").trim();
}

/**
 * Environment for the app server: defaults that make a fresh checkout work (see README,
 * "Configuration"). NEXTAUTH_SECRET and, with the development mailbox on, DEV_MAILBOX_KEY are
 * generated once and kept in data/ when not given.
 */
export function serverEnv(port: number, base: NodeJS.ProcessEnv = process.env, dataDir = path.resolve("data")): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" };
  env.APP_URL ||= `http://localhost:${port}`;
  env.NEXTAUTH_URL ||= env.APP_URL;
  env.NEXTAUTH_SECRET ||= storedSecret(".nextauth-secret", dataDir);
  // Without SMTP, mail goes to the development mailbox; make it visible so the demo is usable,
  // but only to whoever holds its key (printed by `npm start`).
  if (!env.SMTP_URL && env.DEV_MAILBOX === undefined) env.DEV_MAILBOX = "1";
  if (env.DEV_MAILBOX === "1") env.DEV_MAILBOX_KEY ||= storedSecret(".dev-mailbox-key", dataDir);
  return env;
}

/** The command that serves a production build: scripts/serve.mjs, which passes on the client's socket address. */
export function serverCommand(port: number): [string, string[]] {
  return [process.execPath, [path.resolve("scripts/serve.mjs"), String(port)]];
}

/** Where the development mailbox opens for whoever has the key. */
export function mailboxUrl(env: NodeJS.ProcessEnv): string | null {
  return env.DEV_MAILBOX === "1" && env.DEV_MAILBOX_KEY ? `${env.APP_URL}/dev/mailbox?key=${encodeURIComponent(env.DEV_MAILBOX_KEY)}` : null;
}

/**
 * What `npm start` prints: the one address to open. Sign-in links are built from APP_URL and sign
 * in on that host only, so 127.0.0.1 or a network address would leave the browser signed out.
 */
export function startBanner(env: NodeJS.ProcessEnv): string[] {
  return [`Tagung: open ${env.APP_URL}`, `  Use exactly this address: sign-in links lead there (127.0.0.1 or a network address would leave you signed out). Set APP_URL to serve under another name.`];
}
