/**
 * `npm run reminders [-- --dry-run]`: runs the reminder scheduler once (the app also runs it every
 * few minutes unless REMINDERS=off) and prints what it queued or, with --dry-run, the reminders due
 * now and to whom, without sending or writing anything.
 */
import { db } from "../lib/db";
import { runReminders } from "../lib/reminders/run-reminders";

const dryRun = process.argv.includes("--dry-run");

runReminders({ dryRun })
  .then((report) => {
    if (!report.reminders.length && !report.thankYou.length) console.log("No reminder or thank-you mail is due.");
    for (const r of report.reminders) {
      console.log(`${r.slug} (${r.title}): reminder ${r.hoursBefore} h before the start, due since ${r.sendAt.toISOString()} — ${dryRun ? "would send to" : "queued for"} ${r.recipients.length}`);
      for (const p of r.recipients) console.log(`  ${p.name} <${p.email}>${p.variant === "waitlisted" ? " (waiting list)" : ""}`);
    }
    for (const t of report.thankYou) {
      console.log(`${t.slug} (${t.title}): thank-you mail — ${dryRun ? "would send to" : "queued for"} ${t.recipients.length}`);
      for (const p of t.recipients) console.log(`  ${p.name} <${p.email}>`);
    }
  })
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
