import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { POSTGRES_SCHEMA, SQLITE_SCHEMA, toPostgresSchema } from "../../scripts/prisma-variants.mjs";

describe("PostgreSQL schema variant", () => {
  it("is generated from the SQLite schema (run npm run db:new-migration after editing the schema)", () => {
    expect(fs.readFileSync(POSTGRES_SCHEMA, "utf8")).toBe(toPostgresSchema(fs.readFileSync(SQLITE_SCHEMA, "utf8")));
  });

  it("has a migration for every SQLite migration, with the same names", () => {
    const dirs = (root: string) => fs.readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    expect(dirs("prisma/postgres/migrations")).toEqual(dirs("prisma/migrations"));
  });

  it("the last migration's snapshot matches the current schema", () => {
    expect(fs.readFileSync("prisma/migrations/schema.snapshot.prisma", "utf8")).toBe(fs.readFileSync(SQLITE_SCHEMA, "utf8"));
  });
});
