/**
 * The reminder scheduler: sends every due reminder (lib/reminders/rules.ts) to each registration
 * once, and the thank-you mail once to everyone who was there (lib/attendees/attended-sessions.ts)
 * after a conference ended.
 *
 * Exactly once, across any number of app processes and workers: a reminder goes to a registration
 * only in the transaction that inserts its `ReminderDelivery` row (unique per reminder and
 * registration) together with the outbox row; a second scheduler's insert meets the unique index
 * and that registration is skipped. The thank-you mail is claimed the same way by its outbox row's
 * unique dedupe key. Never to cancelled or anonymised registrations, and a reminder never to a
 * registration made after its time.
 */
import "server-only";
import { db, type Tx } from "../db";
import { isUniqueViolation, writeTransaction } from "../db-retry";
import { attendance } from "../attendees/attended-sessions";
import { appUrl } from "../http";
import { toLocale } from "../i18n-server";
import { enqueueEmail } from "../mail/enqueue";
import { enqueueAttendeeEmail } from "../registrations/attendee-email";
import { issueToken } from "../registrations/link-tokens";
import { agendaFeedUrl, conferenceMailInclude, manageUrl, sessionLine, type ConferenceForMail } from "../registrations/payloads";
import { defaultReminderId, ensureDefaultReminder } from "./defaults";
import { reminderPayload } from "./reminder-mail";
import { DEFAULT_HOURS_BEFORE, isReminderDue, isThankYouDue, MAX_HOURS_BEFORE, reminderSendAt, THANK_YOU_WINDOW_DAYS } from "./rules";

export type Recipient = { registrationId: string; name: string; email: string; variant: "confirmed" | "waitlisted" };
export type ReminderRunReport = {
  dryRun: boolean;
  reminders: { reminderId: string; conferenceId: string; slug: string; title: string; hoursBefore: number; sendAt: Date; recipients: Recipient[] }[];
  thankYou: { conferenceId: string; slug: string; title: string; recipients: Recipient[] }[];
};

export async function runReminders(options: { now?: Date; dryRun?: boolean; conferenceIds?: string[] } = {}): Promise<ReminderRunReport> {
  const now = options.now ?? new Date();
  const dryRun = options.dryRun ?? false;
  const only = options.conferenceIds ? { id: { in: options.conferenceIds } } : {};
  const report: ReminderRunReport = { dryRun, reminders: [], thankYou: [] };

  const upcoming = await db.conference.findMany({
    where: { status: "published", startsAt: { gt: now, lte: new Date(now.getTime() + MAX_HOURS_BEFORE * 3_600_000) }, ...only },
    include: { ...conferenceMailInclude, reminders: { where: { removedAt: null } } },
    orderBy: { startsAt: "asc" },
  });
  for (const conference of upcoming) {
    let reminders = conference.reminders;
    if (!reminders.length && !(await db.reminder.count({ where: { conferenceId: conference.id } }))) {
      // Never had one: the default, created now (a dry run only pretends, it writes nothing).
      if (dryRun) reminders = [{ id: defaultReminderId(conference.id), conferenceId: conference.id, hoursBefore: DEFAULT_HOURS_BEFORE, extraTextDe: null, extraTextEn: null, removedAt: null, createdAt: now, updatedAt: now }];
      else {
        await ensureDefaultReminder(db, conference.id);
        reminders = await db.reminder.findMany({ where: { conferenceId: conference.id, removedAt: null } });
      }
    }
    for (const reminder of reminders) {
      const sendAt = reminderSendAt(conference.startsAt, reminder.hoursBefore);
      if (!isReminderDue(sendAt, conference.startsAt, now)) continue;
      // consentAt is the moment of registering (set once, by the registering use case's clock).
      const candidates = await db.registration.findMany({
        where: { conferenceId: conference.id, status: { in: ["confirmed", "waitlisted"] }, anonymisedAt: null, consentAt: { lte: sendAt }, reminderDeliveries: { none: { reminderId: reminder.id } } },
        select: { id: true, name: true, email: true, status: true },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      });
      const entry = { reminderId: reminder.id, conferenceId: conference.id, slug: conference.slug, title: conference.title, hoursBefore: reminder.hoursBefore, sendAt, recipients: [] as Recipient[] };
      for (const c of candidates) {
        const variant = c.status as Recipient["variant"];
        if (dryRun) entry.recipients.push({ registrationId: c.id, name: c.name, email: c.email, variant });
        else {
          const sent = await claimOnce(() => sendReminder({ conference, reminder, registrationId: c.id, now }));
          if (sent) entry.recipients.push({ registrationId: c.id, name: c.name, email: c.email, variant: sent });
        }
      }
      if (entry.recipients.length || dryRun) report.reminders.push(entry);
    }
  }

  const ended = await db.conference.findMany({
    where: { status: { in: ["published", "archived"] }, anonymisedAt: null, endsAt: { lte: now, gt: new Date(now.getTime() - THANK_YOU_WINDOW_DAYS * 864e5) }, ...only },
    include: conferenceMailInclude,
    orderBy: { endsAt: "asc" },
  });
  for (const conference of ended.filter((c) => isThankYouDue(c.endsAt, now))) {
    const people = await db.registration.findMany({
      // Everyone the attendance rule counts as present: checked in at the entrance, scanned at a door, or vouched for by a hand-issued certificate.
      where: { conferenceId: conference.id, status: "confirmed", anonymisedAt: null, OR: [{ checkedInAt: { not: null } }, { sessionCheckIns: { some: {} } }, { certificate: { manual: true } }] },
      select: { id: true, name: true, email: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    const done = new Set((await db.emailOutbox.findMany({ where: { dedupeKey: { in: people.map((p) => thankYouKey(p.id)) } }, select: { registrationId: true } })).map((e) => e.registrationId));
    const entry = { conferenceId: conference.id, slug: conference.slug, title: conference.title, recipients: [] as Recipient[] };
    for (const p of people.filter((p) => !done.has(p.id))) {
      if (dryRun || (await claimOnce(() => sendThankYou({ conference, registrationId: p.id, now })))) entry.recipients.push({ registrationId: p.id, name: p.name, email: p.email, variant: "confirmed" });
    }
    if (entry.recipients.length) report.thankYou.push(entry);
  }
  return report;
}

/** Runs one claim; another scheduler that claimed the same row first makes it a no-op. */
async function claimOnce<T>(claim: () => Promise<T>): Promise<T | null> {
  try {
    return await claim();
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

type Conference = ConferenceForMail & { id: string; certificatesEnabled: boolean };
type ReminderRow = { id: string; extraTextDe: string | null; extraTextEn: string | null };

/** Claims the delivery row and writes the mail in one transaction; null when there is nothing to send. */
function sendReminder(o: { conference: Conference; reminder: ReminderRow; registrationId: string; now: Date }): Promise<Recipient["variant"] | null> {
  return writeTransaction(async (tx) => {
    const registration = await tx.registration.findUnique({ where: { id: o.registrationId } });
    // Cancelled (or erased) since the list was read: nothing goes out, nothing is claimed.
    if (!registration || registration.anonymisedAt || (registration.status !== "confirmed" && registration.status !== "waitlisted")) return null;
    const variant = registration.status;
    await tx.reminderDelivery.create({ data: { reminderId: o.reminder.id, registrationId: registration.id, variant, createdAt: o.now } });
    const locale = toLocale(registration.locale);
    const links = await personalLinks(tx, registration.id, locale, o.now, true);
    await enqueueEmail(tx, {
      kind: "reminder",
      to: registration.email,
      toName: registration.name,
      locale,
      conferenceId: o.conference.id,
      registrationId: registration.id,
      dedupeKey: `reminder:${o.reminder.id}:${registration.id}`,
      payload: await reminderPayload(tx, { conference: o.conference, reminder: o.reminder, registration: { ...registration, status: variant }, locale, links }),
    });
    return variant;
  });
}

/** A new manage link for the mail (only hashes are stored), and a calendar address only where the mail shows one. */
async function personalLinks(tx: Tx, registrationId: string, locale: string, now: Date): Promise<{ token: string; manageUrl: string }>;
async function personalLinks(tx: Tx, registrationId: string, locale: string, now: Date, withFeed: true): Promise<{ token: string; manageUrl: string; agendaFeedUrl: string }>;
async function personalLinks(tx: Tx, registrationId: string, locale: string, now: Date, withFeed = false) {
  const token = await issueToken(tx, registrationId, "manage", now);
  const links = { token, manageUrl: manageUrl(token, locale) };
  return withFeed ? { ...links, agendaFeedUrl: agendaFeedUrl(await issueToken(tx, registrationId, "feed", now)) } : links;
}

function thankYouKey(registrationId: string): string {
  return `thank-you:${registrationId}`;
}


function sendThankYou(o: { conference: Conference; registrationId: string; now: Date }): Promise<boolean> {
  return writeTransaction(async (tx) => {
    const registration = await tx.registration.findUnique({ where: { id: o.registrationId } });
    if (!registration || registration.status !== "confirmed" || registration.anonymisedAt) return false;
    // A no-op write takes the registration row's lock: a second scheduler waits here until the first
    // commits and then sees its outbox row (PostgreSQL reads each statement afresh; SQLite has one writer).
    await tx.registration.updateMany({ where: { id: registration.id }, data: { updatedAt: registration.updatedAt } });
    if (await tx.emailOutbox.findUnique({ where: { dedupeKey: thankYouKey(registration.id) }, select: { id: true } })) return false;
    const { present, sessions } = await attendance(tx, registration.id);
    if (!present) return false;
    const locale = toLocale(registration.locale);
    const { token, manageUrl: manage } = await personalLinks(tx, registration.id, locale, o.now);
    await enqueueAttendeeEmail(tx, {
      kind: "thank-you",
      registration,
      conference: o.conference,
      locale,
      dedupeKey: thankYouKey(registration.id),
      payload: {
        manageUrl: manage,
        sessions: sessions.map((s) => sessionLine({ ...s, room: s.room ? { name: s.room } : null }, "confirmed", null, locale)),
        feedbackUrl: `${manage}#feedback`,
        certificateUrl: o.conference.certificatesEnabled ? `${appUrl()}/api/registrations/${token}/certificate.pdf` : undefined,
      },
    });
    return true;
  });
}

let timer: NodeJS.Timeout | null = null;

/** Runs the scheduler now and then every REMINDERS_INTERVAL_MINUTES (default 5) until stopped. */
export function startReminderJob(): void {
  if (timer) return;
  const minutes = Math.max(1, Number(process.env.REMINDERS_INTERVAL_MINUTES || 5));
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const report = await runReminders();
      const count = report.reminders.reduce((n, r) => n + r.recipients.length, 0);
      const thanks = report.thankYou.reduce((n, r) => n + r.recipients.length, 0);
      if (count || thanks) console.log(`reminders: ${count} reminder(s), ${thanks} thank-you mail(s) queued`);
    } catch (error) {
      console.error("reminders:", error instanceof Error ? error.message : error);
    } finally {
      running = false;
    }
  };
  timer = setInterval(tick, minutes * 60_000);
  timer.unref?.();
  void tick();
}

export function stopReminderJob(): void {
  if (timer) clearInterval(timer);
  timer = null;
}
