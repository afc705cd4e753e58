/**
 * `npm run demo:remove`: deletes the demo content (see lib/admin/remove-demo.ts) from the database
 * in DATABASE_URL and says what it removed.
 */
async function main() {
  const { removeDemo } = await import("../lib/admin/remove-demo");
  const { db } = await import("../lib/db");
  const r = await removeDemo();
  await db.$disconnect();
  const list = (items: string[]) => (items.length ? items.join(", ") : "none");
  console.log(`Removed demo conferences: ${list(r.conferences)} (${r.sessions} sessions, ${r.registrations} registrations, ${r.emails} outbox emails).`);
  console.log(`Removed demo hosts: ${list(r.hosts)}.`);
  console.log(`Removed demo users: ${list(r.users)}.`);
  if (r.keptHosts.length) console.log(`Kept demo hosts still used by your own conferences: ${r.keptHosts.join(", ")}.`);
  if (r.adminsLeft === 0) console.log("No platform administrator is left: npm run admin:create -- --email you@example.org");
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
