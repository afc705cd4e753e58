import fs from "node:fs";
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/tagung.db";

export function databaseUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

export function isPostgres(url = databaseUrl()): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** The SQLite file path (relative to the working directory), with its folder created. */
export function sqliteFile(url = databaseUrl()): string {
  const file = url.replace(/^file:/, "");
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  return file;
}

export function sqliteUrl(url = databaseUrl()): string {
  return `file:${sqliteFile(url)}`;
}
