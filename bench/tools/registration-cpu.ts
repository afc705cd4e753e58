/**
 * CPU time per registration in one process, without HTTP: the use case called N times by CONC
 * concurrent callers on a fresh SQLite file (the demo seed plus one conference with one session).
 * Prints wall and CPU milliseconds per registration and the registration writer's batch counts.
 * PROF=<file> also writes a V8 CPU profile of the timed part (summarise it with
 * `node bench/tools/profile-summary.mjs <file>`).
 *
 *   npx tsx --tsconfig=tsconfig.scripts.json bench/tools/registration-cpu.ts        # N=600 CONC=1
 *   N=2000 CONC=20 npx tsx --tsconfig=tsconfig.scripts.json bench/tools/registration-cpu.ts
 */
import fs from "node:fs";
import inspector from "node:inspector";
import { createBenchConference } from "../lib/conference";

const file = "bench/.tmp/registration-cpu.db";
fs.mkdirSync("bench/.tmp", { recursive: true });
for (const s of ["", "-wal", "-shm"]) fs.rmSync(file + s, { force: true });
process.env.DATABASE_URL = `file:./${file}`;
process.env.RATE_LIMIT = "off";
process.env.MAIL_SENDER = "off";
process.env.NEXTAUTH_SECRET ??= "bench-secret";

async function main() {
  const { prepareDatabase } = await import("../../scripts/prepare-db");
  await prepareDatabase();
  const { db } = await import("../../lib/db");
  const conference = await createBenchConference(db, "bench-cpu");
  const { registerAttendee } = await import("../../lib/registrations/register-attendee");
  const { registrationWriterStats } = await import("../../lib/registrations/registration-writer");
  const n = Number(process.env.N || 600);
  const concurrency = Number(process.env.CONC || 1);
  let i = 0;
  const one = () => registerAttendee({ conferenceSlug: conference.slug, input: { name: `P ${i}`, email: `p${i++}@example.org`, consent: true, sessionIds: [conference.sessionId] } });
  for (let k = 0; k < 50; k++) await one(); // warm-up

  const session = new inspector.Session();
  session.connect();
  const post = (method: string) => new Promise<unknown>((resolve, reject) => session.post(method, (error, result) => (error ? reject(error) : resolve(result))));
  if (process.env.PROF) {
    await post("Profiler.enable");
    await post("Profiler.start");
  }
  const before = registrationWriterStats();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let started = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (started < n) {
        started++;
        await one();
      }
    }),
  );
  const cpu = process.cpuUsage(cpu0);
  const wall = performance.now() - t0;
  if (process.env.PROF) fs.writeFileSync(process.env.PROF, JSON.stringify(((await post("Profiler.stop")) as { profile: unknown }).profile));
  const after = registrationWriterStats();
  const transactions = after.transactions - before.transactions;
  console.log(
    `${n} registrations, ${concurrency} at a time: wall ${(wall / n).toFixed(2)} ms, CPU ${((cpu.user + cpu.system) / 1000 / n).toFixed(2)} ms per registration; ` +
      `${transactions} transactions (${(n / transactions).toFixed(1)} registrations each, largest ${after.largestBatch})`,
  );
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
