/**
 * `npm run privacy:retention [-- --dry-run]`: runs the retention job once (the app also runs it
 * every hour unless PRIVACY_RETENTION=off) and prints what it did or, with --dry-run, would do.
 */
import { db } from "../lib/db";
import { runRetention } from "../lib/privacy/run-retention";

const dryRun = process.argv.includes("--dry-run");

runRetention({ dryRun })
  .then((report) => {
    const verb = dryRun ? "would anonymise" : "anonymised";
    if (!report.conferences.length) console.log("No conference is past its retention period.");
    for (const c of report.conferences) console.log(`${verb} ${c.slug} (${c.title}): ${c.registrations} registrations, ${c.emails} emails deleted; period ended ${c.retentionEndsAt}`);
    for (const [step, count] of Object.entries(report.purged)) console.log(`${dryRun ? "would purge" : "purged"} ${step}: ${count}`);
  })
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
