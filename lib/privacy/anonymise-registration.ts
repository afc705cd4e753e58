/**
 * The one place that turns a registration into an anonymous record (erasure on request and the
 * retention job both call it). What stays is what reports count: status, dates, check-in time,
 * session seats and the chosen options of choice questions. Everything that names or reaches the
 * person goes: name, email, organisation, job title, free-text answers, accessibility and dietary
 * needs, check-in code, manage token, attendance certificate, their emails (outbox and development mailbox) and their
 * values inside audit rows (who did what to which id stays).
 */
import "server-only";
import type { Prisma, Tx } from "../db";
import { redactWebhookEvents } from "../webhooks/emit";
import { registrationLinksChanged } from "../conferences/public-cache";

/** Stored in place of personal text; not a translation key, the UI shows its own label. */
export const ANONYMISED = "[anonymised]";

/** Keys that hold personal values in audit before/after of a registration's own rows. */
const PERSONAL_KEYS = new Set([
  "name",
  "email",
  "emailKey",
  "organisation",
  "jobTitle",
  "accessibilityNeeds",
  "dietaryRequirements",
  "answers",
  "checkInCode",
  "attendee",
  "attendeeName",
  "to",
  "toAddress",
  "toName",
  "reason",
]);

const CHOICE_TYPES = new Set(["single_choice", "multiple_choice", "checkbox"]);

export type AnonymiseOptions = {
  /** Outbox rows to leave for the sender (the erasure's own cancellation with its CANCEL invites). */
  keepOutboxIds?: string[];
};

export type AnonymiseResult = { anonymised: boolean; outboxDeleted: number; devMailDeleted: number; auditScrubbed: number };

export async function anonymiseRegistration(tx: Tx, registrationId: string, now: Date, options: AnonymiseOptions = {}): Promise<AnonymiseResult> {
  const registration = await tx.registration.findUnique({ where: { id: registrationId } });
  if (!registration || registration.anonymisedAt) return { anonymised: false, outboxDeleted: 0, devMailDeleted: 0, auditScrubbed: 0 };
  const placeholder = `anonymised:${registration.id}`;
  const questions = await tx.registrationQuestion.findMany({ where: { conferenceId: registration.conferenceId }, select: { key: true, type: true } });
  const choiceKeys = new Set(questions.filter((q) => CHOICE_TYPES.has(q.type)).map((q) => q.key));
  const answers = Object.fromEntries(Object.entries((registration.answers ?? {}) as Record<string, unknown>).filter(([key]) => choiceKeys.has(key)));

  await tx.registration.update({
    where: { id: registration.id },
    data: {
      name: "",
      email: "",
      emailKey: placeholder,
      organisation: null,
      jobTitle: null,
      accessibilityNeeds: null,
      dietaryRequirements: null,
      answers: answers as Prisma.InputJsonValue,
      // Unique columns get a value no token or scanner can produce (not hex, not a code).
      checkInCode: placeholder,
      anonymisedAt: now,
    },
  });
  // Manage and feed links stop working at once (their hashes go too).
  await tx.registrationToken.deleteMany({ where: { registrationId: registration.id } });
  // Webhook bodies kept for re-sending (and those still waiting) lose the personal fields too.
  await redactWebhookEvents(tx, registration.id);
  // A certificate names the person; withdrawn, its verification code then finds nothing.
  await tx.certificate.deleteMany({ where: { registrationId: registration.id } });
  // Session feedback stays as anonymous ratings; its free-text comments go like free-text answers.
  await tx.sessionFeedback.updateMany({ where: { registrationId: registration.id, comment: { not: null } }, data: { comment: null } });
  registrationLinksChanged(tx, registration.id);
  // Rate-limit counters keyed by the address ("link:email:…") would name them until the window ends.
  const emailKeys = [...new Set([registration.emailKey.split("#")[0], registration.email.toLowerCase()].filter((k) => k.length >= 3))];
  if (emailKeys.length) await tx.rateLimitCounter.deleteMany({ where: { OR: emailKeys.map((k) => ({ key: { endsWith: `:${k}` } })) } });

  // Emails to them: by link, and by address for rows written without one.
  const addresses = [...new Set([registration.email, registration.emailKey].filter(Boolean))];
  const emails = await tx.emailOutbox.findMany({
    where: { OR: [{ registrationId: registration.id }, { conferenceId: registration.conferenceId, toAddress: { in: addresses } }], id: { notIn: options.keepOutboxIds ?? [] } },
    select: { id: true },
  });
  const emailIds = emails.map((e) => e.id);
  const outbox = await tx.emailOutbox.deleteMany({ where: { id: { in: emailIds } } });
  // The kept rows are still pending, so they have no copy here yet.
  const devMail = await tx.devMailboxMessage.deleteMany({ where: { OR: [{ outboxId: { in: emailIds } }, ...addresses.map((a) => ({ to: { contains: a } }))] } });
  // Answers remembered for an Idempotency-Key replay carry the registration's id and status.
  await tx.idempotencyKey.deleteMany({ where: { responseBody: { contains: registration.id } } });

  const needles = [registration.name, registration.email, registration.emailKey, registration.checkInCode].filter((n) => n && n.length >= 3);
  const audits = await tx.auditLog.findMany({ where: { conferenceId: registration.conferenceId }, select: { id: true, entityId: true, before: true, after: true } });
  let auditScrubbed = 0;
  for (const row of audits) {
    const own = row.entityId === registration.id;
    const text = JSON.stringify([row.before, row.after]);
    if (!own && !needles.some((n) => text.includes(JSON.stringify(n).slice(1, -1)))) continue;
    const before = scrub(row.before, needles, own);
    const after = scrub(row.after, needles, own);
    if (JSON.stringify([before, after]) === text) continue;
    await tx.auditLog.update({ where: { id: row.id }, data: { before: jsonOrUndefined(before), after: jsonOrUndefined(after) } });
    auditScrubbed++;
  }
  return { anonymised: true, outboxDeleted: outbox.count, devMailDeleted: devMail.count, auditScrubbed };
}

function jsonOrUndefined(value: unknown): Prisma.InputJsonValue | undefined {
  return value === null || value === undefined ? undefined : (value as Prisma.InputJsonValue);
}

/** A copy without personal keys (in the registration's own rows) and without any needle in strings. */
function scrub(value: unknown, needles: string[], dropPersonalKeys: boolean): unknown {
  if (typeof value === "string") return needles.some((n) => value.includes(n)) ? ANONYMISED : value;
  if (Array.isArray(value)) return value.map((v) => scrub(v, needles, dropPersonalKeys));
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = dropPersonalKeys && PERSONAL_KEYS.has(k) ? ANONYMISED : scrub(v, needles, dropPersonalKeys);
    return out;
  }
  return value;
}
