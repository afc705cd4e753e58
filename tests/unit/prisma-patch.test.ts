import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PATCHES, patchGeneratedFile } from "../../scripts/prisma-patch.mjs";

const DIRS = ["prisma/generated/sqlite", "prisma/generated/postgres"];
const files = DIRS.flatMap((dir) => Object.keys(PATCHES).map((file) => ({ dir, file })));

describe("patches of the generated Prisma clients", () => {
  it.each(files)("$dir/$file carries every patch after npm install", ({ dir, file }) => {
    const code = fs.readFileSync(path.join(dir, file), "utf8");
    for (const patch of PATCHES[file]) expect(patch.done(code), patch.name).toBe(true);
  });

  it.each(files)("$dir/$file: the unpatched generated code is patched again (idempotently)", ({ dir, file }) => {
    const unpatched = fs.readFileSync(path.join(dir, file), "utf8").replaceAll("/*turbopackIgnore: true*/ ", "");
    const once = patchGeneratedFile(file, unpatched);
    expect(once).not.toBe(unpatched);
    expect(patchGeneratedFile(file, once)).toBe(once);
  });

  it.each(Object.keys(PATCHES))("%s: generated code that no longer matches fails loudly, naming the patch", (file) => {
    expect(() => patchGeneratedFile(file, "module.exports = {};")).toThrow(/no longer applies to .*adjust scripts\/prisma-patch\.mjs/);
  });
});
