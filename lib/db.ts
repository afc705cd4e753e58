/**
 * The one Prisma client. SQLite (better-sqlite3, a file) by default; PostgreSQL when DATABASE_URL
 * starts with postgres://. Both clients are generated from the same schema (see prisma/), so the
 * PostgreSQL one is typed as the SQLite one.
 */
import "server-only";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient, Prisma } from "../prisma/generated/sqlite";
import { databaseUrl, isPostgres, sqliteUrl } from "./db-url";

export { Prisma };
export type Db = PrismaClient;
export type Tx = Prisma.TransactionClient;

function createClient(url: string): PrismaClient {
  if (isPostgres(url)) {
    // Loaded only when used, so a SQLite deployment never needs the pg driver at start-up.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { PrismaPg } = require("@prisma/adapter-pg") as typeof import("@prisma/adapter-pg");
    // Loaded from disk, not bundled: a SQLite deployment never loads the PostgreSQL client.
    const loadFromProject = createRequire(path.join(process.cwd(), "package.json"));
    const pgClient = loadFromProject("./prisma/generated/postgres") as { PrismaClient: new (o: object) => unknown };
    const max = Number(process.env.DATABASE_POOL_SIZE || 10);
    return new pgClient.PrismaClient({ adapter: new PrismaPg({ connectionString: url, max }) }) as PrismaClient;
  }
  // timeout: how long a writer waits for another process's write lock (SQLite busy_timeout).
  const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: sqliteUrl(url), timeout: 15_000 }) });
  // WAL lets readers proceed while one writer commits; NORMAL sync is safe with WAL.
  client.$queryRawUnsafe("PRAGMA journal_mode = WAL").catch(() => {});
  client.$queryRawUnsafe("PRAGMA synchronous = NORMAL").catch(() => {});
  return client;
}

const globalForDb = globalThis as unknown as { tagungDb?: PrismaClient };

/** Shared across hot reloads in development and across modules in one process. */
export const db: PrismaClient = globalForDb.tagungDb ?? (globalForDb.tagungDb = createClient(databaseUrl()));

export const dbProvider: "sqlite" | "postgresql" = isPostgres() ? "postgresql" : "sqlite";
