/**
 * One app process's share of a rate-limit test: counts `hits` hits on `key` through lib/rate-limit
 * (DATABASE_URL from the environment) and prints how many were allowed.
 *   tsx --tsconfig=tsconfig.scripts.json tests/helpers/rate-limit-worker.ts <key> <limit> <hits>
 */
import { hit } from "../../lib/rate-limit";
import { db } from "../../lib/db";

async function main() {
  const [key, limit, hits] = process.argv.slice(2);
  let allowed = 0;
  for (let i = 0; i < Number(hits); i++) if ((await hit(key, { limit: Number(limit), windowMs: 60_000 })) === null) allowed++;
  console.log(JSON.stringify({ allowed }));
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
