import fs from "node:fs";
import { isPostgres, sqliteFile } from "../../lib/db-url";
import { migrate } from "../../scripts/db-migrate";
import { testDatabaseUrl } from "./test-database-url";

export default async function setup() {
  const url = testDatabaseUrl();
  if (!isPostgres(url)) {
    const file = sqliteFile(url);
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  }
  await migrate(url);
  return () => {
    if (!isPostgres(url)) {
      const file = sqliteFile(url);
      for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
    }
  };
}
