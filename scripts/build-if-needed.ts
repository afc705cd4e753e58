/**
 * Runs `next build` unless the build in the dist dir was made from the same sources. The
 * fingerprint covers every source file's path, size and modification time.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const SOURCES = ["app", "components", "emails", "i18n", "lib", "messages", "prisma/schema.prisma", "public", "next.config.js", "proxy.ts", "instrumentation.ts", "package-lock.json", "tsconfig.json"];

function fingerprint(): string {
  const hash = createHash("sha256");
  const walk = (p: string) => {
    if (!fs.existsSync(p)) return;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(p).sort()) walk(path.join(p, entry));
    } else {
      hash.update(`${p}\0${stat.size}\0${stat.mtimeMs}\n`);
    }
  };
  SOURCES.forEach(walk);
  return hash.digest("hex");
}

export function buildIfNeeded(distDir = process.env.NEXT_DIST_DIR || ".next"): void {
  const marker = path.join(distDir, "tagung-fingerprint");
  const current = fingerprint();
  if (fs.existsSync(path.join(distDir, "BUILD_ID")) && fs.existsSync(marker) && fs.readFileSync(marker, "utf8") === current) {
    console.log(`Build in ${distDir} is up to date.`);
    return;
  }
  console.log(`Building (next build → ${distDir}) …`);
  const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("next build failed");
  fs.writeFileSync(marker, current);
}

if (process.argv[1]?.endsWith("build-if-needed.ts")) buildIfNeeded();
