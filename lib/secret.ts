import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

let cached: string | null = null;

/**
 * The installation's secret: NEXTAUTH_SECRET, else the one `npm start` generated into
 * data/.nextauth-secret (created here when missing, so tests and scripts agree with the app).
 */
export function appSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (cached) return cached;
  const file = path.resolve("data", ".nextauth-secret");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  cached = fs.readFileSync(file, "utf8").trim();
  return cached;
}
