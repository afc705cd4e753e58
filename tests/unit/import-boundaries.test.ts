import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The project's own ESLint config decides; each row is an import that must be refused (or allowed).
const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("import boundaries (eslint.config.mjs)", () => {
  it.each([
    ["app/[locale]/x/page.tsx", 'import { db } from "@/lib/db";'],
    ["app/api/x/route.ts", 'import { PrismaClient } from "@prisma/client";'],
    ["app/api/x/route.ts", 'import type { Prisma } from "../../../prisma/generated/sqlite";'],
    ["components/x.tsx", 'import { db } from "@/lib/db";'],
    ["components/x.tsx", 'import type { X } from "@/app/[locale]/organiser/actions";'],
    ["lib/things/do-thing.ts", 'import { headers } from "next/headers";'],
    ["lib/things/do-thing.ts", 'import { NextResponse } from "next/server";'],
    ["lib/things/do-thing.ts", 'import { redirect } from "next/navigation";'],
    ["lib/things/do-thing.ts", 'import { Button } from "@/components/button";'],
    ["lib/things/do-thing.ts", 'import { action } from "@/app/[locale]/organiser/actions";'],
  ])("%s may not: %s", async (file, code) => {
    expect(await boundaryErrors(file, `${code}\nexport {};\n`)).not.toEqual([]);
  }, 60_000);

  it.each([
    ["lib/http.ts", 'import { NextResponse } from "next/server";'],
    ["lib/auth.ts", 'import { headers } from "next/headers";'],
    ["lib/things/do-thing.ts", 'import { db } from "../db";'],
    ["components/x.tsx", 'import type { CheckInResult } from "@/lib/attendees/check-in";'],
    ["app/api/x/route.ts", 'import { NextResponse } from "next/server";'],
  ])("%s may: %s", async (file, code) => {
    expect(await boundaryErrors(file, `${code}\nexport {};\n`)).toEqual([]);
  }, 60_000);
});

describe("one way to write the audit log (eslint.config.mjs)", () => {
  const auditErrors = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath });
    return result.messages.filter((m) => m.ruleId === "no-restricted-syntax").map((m) => m.message);
  };
  const handWritten = 'declare const tx: any;\nexport const x = () => tx.auditLog.create({ data: {} });\n';

  it.each(["lib/things/do-thing.ts", "app/api/x/route.ts", "scripts/x.ts"])("%s may not write tx.auditLog.create by hand", async (file) => {
    expect(await auditErrors(file, handWritten)).toEqual(["Write audit rows with writeAuditLog(tx, entry) from lib/audit.ts."]);
  }, 60_000);

  it("lib/audit.ts (writeAuditLog itself) may", async () => {
    expect(await auditErrors("lib/audit.ts", handWritten)).toEqual([]);
  }, 60_000);
});
