/**
 * Searches every column of every table (found generically: sqlite_master or information_schema)
 * for a string, case-insensitively. Returns "Table.column" for each column that contains it.
 */
import { db, dbProvider } from "@/lib/db";

type Column = { table: string; column: string };

async function columns(): Promise<Column[]> {
  if (dbProvider === "postgresql") {
    return db.$queryRawUnsafe<Column[]>(
      `SELECT table_name::text AS "table", column_name::text AS "column" FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name <> '_prisma_migrations'
       AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'USER-DEFINED', 'ARRAY')`,
    );
  }
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'`);
  const out: Column[] = [];
  for (const { name } of tables) {
    const info = await db.$queryRawUnsafe<{ name: string }[]>(`PRAGMA table_info("${name}")`);
    for (const c of info) out.push({ table: name, column: c.name });
  }
  return out;
}

export async function tablesAndColumns(): Promise<Column[]> {
  return columns();
}

export async function findEverywhere(needle: string): Promise<string[]> {
  const hits: string[] = [];
  for (const { table, column } of await columns()) {
    const sql =
      dbProvider === "postgresql"
        ? `SELECT COUNT(*)::int AS n FROM "${table}" WHERE strpos(lower("${column}"::text), lower($1)) > 0`
        : `SELECT COUNT(*) AS n FROM "${table}" WHERE instr(lower(CAST("${column}" AS TEXT)), lower(?)) > 0`;
    const [{ n }] = await db.$queryRawUnsafe<{ n: number | bigint }[]>(sql, needle);
    if (Number(n) > 0) hits.push(`${table}.${column}`);
  }
  return hits;
}
