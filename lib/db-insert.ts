/**
 * Many rows in one plain INSERT, for the registration path's batch (create-registrations.ts).
 *
 * Prisma 6.19's JS engine compiles every statement it is given (WebAssembly, no plan cache) and
 * interprets the plan: a `createMany` of one registration costs ~1.5 ms of CPU before SQLite sees
 * it, a raw statement a fraction of that (bench/README.md, "Where the time goes"). This writes
 * the same rows as `createMany` would, in the caller's transaction, stored exactly as Prisma
 * stores them (tests/integration/db-insert.test.ts compares both, column by column, on SQLite
 * and PostgreSQL):
 * - SQLite: DateTime as ISO text with "+00:00", Json as its text, enums as their names;
 * - PostgreSQL: TIMESTAMP(3), JSONB and enum types, by casts on the parameters.
 *
 * The column types come from the generated client's model description, so the schema stays the
 * one description of a table. Every scalar column must be given in every row (defaults such as
 * `now()`, `cuid()` or `@updatedAt` are Prisma's, not the database's, and are not applied here):
 * a column added to the schema makes this throw until its callers name it.
 */
import "server-only";
import { dbProvider, Prisma, type Tx } from "./db";
import type { AuditLog, CalendarDelivery, EmailOutbox, Registration, RegistrationToken, SessionRegistration } from "../prisma/generated/sqlite";

/** The tables this is used for, with the rows they take (autoincrement ids left to the database). */
export type InsertRows = {
  Registration: Registration;
  RegistrationToken: RegistrationToken;
  SessionRegistration: Omit<SessionRegistration, "id">;
  CalendarDelivery: CalendarDelivery;
  EmailOutbox: EmailOutbox;
  AuditLog: AuditLog;
};

/** Left to the database: autoincrement keys. */
const GENERATED: Partial<Record<keyof InsertRows, string[]>> = { SessionRegistration: ["id"] };

type Column = { name: string; dbName: string; type: string; isEnum: boolean };
type Table = { name: string; columns: Column[] };

const tables = new Map<string, Table>();

function tableOf(model: keyof InsertRows): Table {
  let table = tables.get(model);
  if (!table) {
    const description = Prisma.dmmf.datamodel.models.find((m) => m.name === model);
    if (!description) throw new Error(`insertRows: no model ${model}`);
    const columns = description.fields
      .filter((f) => (f.kind === "scalar" || f.kind === "enum") && !GENERATED[model]?.includes(f.name))
      .map((f) => ({ name: f.name, dbName: f.dbName ?? f.name, type: f.type, isEnum: f.kind === "enum" }));
    table = { name: description.dbName ?? model, columns };
    tables.set(model, table);
  }
  return table;
}

/** SQLite keeps DateTime as the text Prisma writes: "2026-11-30T15:07:25.831+00:00". */
const sqliteDate = (d: Date) => d.toISOString().replace(/Z$/, "+00:00");

function encode(value: unknown, column: Column, model: string, postgres: boolean): unknown {
  if (value === undefined) throw new Error(`insertRows: ${model}.${column.name} not given`);
  if (value === null) return null;
  switch (column.type) {
    case "DateTime":
      if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new Error(`insertRows: ${model}.${column.name} is not a date`);
      return postgres ? value.toISOString() : sqliteDate(value);
    case "Json":
      return JSON.stringify(value);
    case "Int":
      if (!Number.isInteger(value)) throw new Error(`insertRows: ${model}.${column.name} is not an integer`);
      return value;
    case "String":
      if (typeof value !== "string") throw new Error(`insertRows: ${model}.${column.name} is not text`);
      return value;
    default:
      if (column.isEnum && typeof value === "string") return value;
      throw new Error(`insertRows: ${model}.${column.name} of type ${column.type} is not supported`);
  }
}

/** PostgreSQL parameters are text; the cast makes each what its column is. */
function placeholder(n: number, column: Column, postgres: boolean): string {
  if (!postgres) return "?";
  if (column.isEnum) return `$${n}::"${column.type}"`;
  if (column.type === "DateTime") return `$${n}::timestamp(3)`;
  if (column.type === "Json") return `$${n}::jsonb`;
  if (column.type === "Int") return `$${n}::integer`;
  return `$${n}`;
}

/** Parameters per statement, below SQLite's (32,766) and PostgreSQL's (65,535) limits. */
const MAX_PARAMETERS = 30_000;

/** Inserts the rows inside the transaction: one statement, or one per 30,000 values (nothing for none). */
export async function insertRows<M extends keyof InsertRows>(tx: Tx, model: M, rows: InsertRows[M][]): Promise<void> {
  const { columns } = tableOf(model);
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  for (let i = 0; i < rows.length; i += perStatement) await insertChunk(tx, model, rows.slice(i, i + perStatement));
}

async function insertChunk<M extends keyof InsertRows>(tx: Tx, model: M, rows: InsertRows[M][]): Promise<void> {
  if (!rows.length) return;
  const postgres = dbProvider === "postgresql";
  const { name, columns } = tableOf(model);
  const params: unknown[] = [];
  const tuples = rows.map((row) => {
    const record = row as unknown as Record<string, unknown>;
    const extra = Object.keys(record).find((key) => !columns.some((c) => c.name === key));
    if (extra) throw new Error(`insertRows: ${model} has no column ${extra}`);
    return `(${columns.map((c) => (params.push(encode(record[c.name], c, model, postgres)), placeholder(params.length, c, postgres))).join(", ")})`;
  });
  const names = columns.map((c) => `"${c.dbName}"`).join(", ");
  await tx.$executeRawUnsafe(`INSERT INTO "${name}" (${names}) VALUES ${tuples.join(", ")}`, ...params);
}
