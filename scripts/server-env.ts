import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * Environment for `next start`: defaults that make a fresh checkout work (see README,
 * "Configuration"). NEXTAUTH_SECRET is generated once and kept in data/ when not given.
 */
export function serverEnv(port: number, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" };
  env.APP_URL ||= `http://localhost:${port}`;
  env.NEXTAUTH_URL ||= env.APP_URL;
  if (!env.NEXTAUTH_SECRET) {
    const file = path.resolve("data", ".nextauth-secret");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
    env.NEXTAUTH_SECRET = fs.readFileSync(file, "utf8").trim();
  }
  // Without SMTP, mail goes to the development mailbox; make it visible so the demo is usable.
  if (!env.SMTP_URL && env.DEV_MAILBOX === undefined) env.DEV_MAILBOX = "1";
  return env;
}
