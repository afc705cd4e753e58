/**
 * `npm run admin:create -- --email you@example.org [--name "Vorname Name"]`
 * Creates or promotes a platform administrator and prints a sign-in link valid for 10 minutes.
 * Uses DATABASE_URL, APP_URL (or PORT) and NEXTAUTH_SECRET (or data/.nextauth-secret) like `npm start`.
 * Does not migrate (`npm start` or `npm run db:migrate` does): it runs beside a serving app, whose
 * SQLite database a migration run would have to wait for.
 */
import { parseArgs } from "node:util";
import { serverEnv } from "./server-env";

const USAGE = 'usage: npm run admin:create -- --email you@example.org [--name "Vorname Name"]';

function args(): { email?: string; name?: string } {
  try {
    return parseArgs({ options: { email: { type: "string" }, name: { type: "string" } }, strict: true }).values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n${USAGE}`);
    process.exit(2);
  }
}

async function main() {
  const values = args();
  const { createAdminInput } = await import("../lib/hosts/schema");
  const parsed = createAdminInput.safeParse({ email: values.email ?? "", name: values.name });
  if (!parsed.success) {
    console.error(USAGE);
    process.exit(2);
  }
  const env = serverEnv(Number(process.env.PORT || 3000));
  const { createAdmin } = await import("../lib/admin/create-admin");
  const { db } = await import("../lib/db");
  const result = await createAdmin({ input: parsed.data, secret: env.NEXTAUTH_SECRET!, appUrl: env.APP_URL! });
  await db.$disconnect();
  const what = result.created ? "created" : result.promoted ? "promoted to platform administrator" : "is already a platform administrator";
  console.log(`${parsed.data.email} ${what}.`);
  console.log(`Sign in within 10 minutes (the link works once; run this again for a new one):\n\n${result.url}\n`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
