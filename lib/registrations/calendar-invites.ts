/**
 * Calendar invitations by email (iTIP, RFC 5546), inside the caller's transaction.
 *
 * - One event per message: an iTIP object may concern one UID only, and mail clients act on the
 *   first calendar part only. The mail that reports a change carries the first event it concerns;
 *   every further event follows as a short "calendar-invite" message of its own, enqueued in the
 *   same transaction (a registration with four sessions: the confirmation with the conference,
 *   then four one-line messages, one per session).
 * - SEQUENCE per event and recipient: CalendarDelivery keeps the highest SEQUENCE emailed to a
 *   registration for a UID, and every new message goes above it. So an attendee's own cancel
 *   (which does not change the session) still raises SEQUENCE, and nothing ever goes backwards.
 * - Session updates wait a short while (CALENDAR_UPDATE_DELAY_SECONDS) and coalesce: a second
 *   change to the same session before the first update is sent replaces that pending message
 *   (latest state, latest SEQUENCE) instead of adding one.
 */
import "server-only";
import type { Prisma, Tx } from "../db";
import { conferenceEvent, eventToJson, sessionEvent } from "../calendar/events";
import type { CalendarEvent } from "../calendar/types";
import { loadUidDomain } from "../calendar/uid-domain";
import { toLocale } from "../i18n-server";
import { enqueueEmail } from "../mail/enqueue";
import type { EmailPayloads, Invite, InviteEventSummary } from "../mail/messages";
import { enqueueAttendeeEmail, type AttendeeEmail } from "./attendee-email";
import { conferenceOrganizer, conferenceSummary, sessionLine, type ConferenceForMail, type SessionForMail } from "./payloads";

type Method = Invite["method"];
type Attendee = { name: string; email: string };
export type InviteRecipient = Attendee & { id: string; locale: string };

/** One event to email, before its SEQUENCE is fixed for the recipient. */
export type InviteItem = { method: Method; event: CalendarEvent; kind: InviteEventSummary["kind"]; sessionId?: string };

/** `locale`: the recipient's language, for the event's texts and link (English where entered). */
export function conferenceInvite(c: ConferenceForMail & { revision?: number }, attendee: Attendee, method: Method, locale?: string): InviteItem {
  return { method, kind: "conference", event: conferenceEvent(c, conferenceOrganizer(c), attendee, { cancelled: method === "CANCEL", locale }) };
}

export function sessionInvite(s: SessionForMail, c: ConferenceForMail, attendee: Attendee, method: Method, locale?: string): InviteItem {
  return { method, kind: "session", sessionId: s.id, event: sessionEvent(s, c, attendee, { cancelled: method === "CANCEL", locale }) };
}

/**
 * Fixes the item's SEQUENCE for this recipient — the event's own (its revision), or one above the
 * last one they were sent if that is higher — records it, and returns the payload form. A CANCEL
 * for a session also drops that recipient's pending (not yet sent) update of it: the cancel says it all.
 */
export async function stampInvite(tx: Tx, registrationId: string, item: InviteItem): Promise<Invite> {
  // Every emailed event passes here (or firstInvite): its UID gets the stored domain even if this
  // process had not loaded it yet when the (pure) event was built.
  const uid = withUidDomain(item.event.uid, await loadUidDomain(tx));
  const where = { registrationId_uid: { registrationId, uid } };
  const held = await tx.calendarDelivery.findUnique({ where, select: { sequence: true } });
  const sequence = held ? Math.max(item.event.sequence, held.sequence + 1) : item.event.sequence;
  await tx.calendarDelivery.upsert({ where, create: { registrationId, uid, sequence }, update: { sequence } });
  if (item.method === "CANCEL" && item.sessionId) {
    await tx.emailOutbox.deleteMany({ where: { registrationId, kind: "session-updated", status: "pending", attempts: 0, dedupeKey: { startsWith: `session-updated:${item.sessionId}:` } } });
  }
  return { method: item.method, event: eventToJson({ ...item.event, uid, sequence }) };
}

function withUidDomain(uid: string, domain: string): string {
  return uid.replace(/@[^@]*$/, `@${domain}`);
}

/**
 * The invite for a registration created in this transaction, which has been sent nothing: the
 * event's own SEQUENCE, and the CalendarDelivery row that records it (`domain`: loadUidDomain's),
 * for the caller to insert with the others of its batch (lib/registrations/create-registrations.ts).
 */
export function firstInvite(registrationId: string, item: InviteItem, domain: string) {
  const uid = withUidDomain(item.event.uid, domain);
  const invite: Invite = { method: item.method, event: eventToJson({ ...item.event, uid }) };
  return { delivery: { registrationId, uid, sequence: item.event.sequence }, invite };
}

export type InviteDelivery = {
  recipient: InviteRecipient;
  conference: ConferenceForMail;
  /** In the order the attendee should see them; the first rides with the primary mail. */
  items: InviteItem[];
  /** Writes the mail that reports the change, carrying the first event (if any) and the count of the rest. */
  primary: (parts: { invite?: Invite; invitesFollow?: number }) => Promise<unknown>;
};

/**
 * The primary mail with the first event, then one calendar-invite message per further event.
 * Returns the ids of the outbox rows written (erasure keeps exactly these until they are sent).
 */
export async function deliverInvites(tx: Tx, delivery: InviteDelivery): Promise<string[]> {
  const [first, ...rest] = delivery.items;
  const invite = first ? await stampInvite(tx, delivery.recipient.id, first) : undefined;
  const primaryId = await delivery.primary({ ...(invite ? { invite } : {}), ...(rest.length ? { invitesFollow: rest.length } : {}) });
  const ids = typeof primaryId === "string" ? [primaryId] : [];
  for (const item of rest) ids.push(await enqueueInviteMail(tx, delivery.recipient, delivery.conference, item, item.method === "CANCEL" ? "cancel" : "invite"));
  return ids;
}

function summary(item: InviteItem): InviteEventSummary {
  const e = item.event;
  return { kind: item.kind, title: e.title, startsAt: e.start.toISOString(), endsAt: e.end.toISOString(), location: e.location ?? "" };
}

/** A short message whose only content is one calendar object. */
export async function enqueueInviteMail(
  tx: Tx,
  recipient: InviteRecipient,
  conference: ConferenceForMail,
  item: InviteItem,
  reason: EmailPayloads["calendar-invite"]["reason"],
  changes?: EmailPayloads["calendar-invite"]["changes"],
): Promise<string> {
  return enqueueAttendeeEmail(tx, inviteMail(recipient, conference, item, await stampInvite(tx, recipient.id, item), reason, changes));
}

/** The calendar-invite message carrying one stamped event. */
export function inviteMail(
  recipient: InviteRecipient,
  conference: ConferenceForMail,
  item: InviteItem,
  invite: Invite,
  reason: EmailPayloads["calendar-invite"]["reason"],
  changes?: EmailPayloads["calendar-invite"]["changes"],
): AttendeeEmail<"calendar-invite"> {
  return {
    kind: "calendar-invite",
    registration: recipient,
    conference,
    locale: toLocale(recipient.locale),
    payload: { invite, event: summary(item), reason, ...(changes && Object.keys(changes).length ? { changes } : {}) },
  };
}

/** Seconds a session update waits for further changes before it is sent (default 3 minutes). */
export function updateDelayMs(): number {
  const seconds = Number(process.env.CALENDAR_UPDATE_DELAY_SECONDS ?? 180);
  return Math.max(0, Number.isFinite(seconds) ? seconds : 180) * 1000;
}

type Changes = Record<string, { before: string | null; after: string | null }>;

/** Earlier change's `before`, later change's `after`; a field changed back drops out. */
export function mergeChanges(earlier: Changes, later: Changes): Changes {
  const merged: Changes = { ...earlier };
  for (const [field, change] of Object.entries(later)) merged[field] = { before: earlier[field]?.before ?? change.before, after: change.after };
  return Object.fromEntries(Object.entries(merged).filter(([, c]) => c.before !== c.after));
}

/**
 * The "session-updated" message for one seat holder: delayed by updateDelayMs, and merged into the
 * holder's pending update of the same session if one is still waiting (only rows no sender has
 * claimed: status pending and never attempted).
 */
export async function enqueueSessionUpdate(
  tx: Tx,
  recipient: InviteRecipient,
  conference: ConferenceForMail,
  session: SessionForMail,
  changes: Changes,
  now: Date,
): Promise<void> {
  const locale = toLocale(recipient.locale);
  const invite = await stampInvite(tx, recipient.id, sessionInvite(session, conference, recipient, "REQUEST", locale));
  const dedupeKey = `session-updated:${session.id}:${session.revision}:${recipient.id}`;
  const pending = await tx.emailOutbox.findFirst({
    where: { registrationId: recipient.id, kind: "session-updated", status: "pending", attempts: 0, dedupeKey: { startsWith: `session-updated:${session.id}:` } },
    select: { id: true, payload: true },
  });
  const payload = (earlier: Changes): EmailPayloads["session-updated"] => ({
    conference: conferenceSummary(conference, locale),
    attendeeName: recipient.name,
    manageUrl: "",
    session: sessionLine(session, "confirmed", null, locale),
    changes: mergeChanges(earlier, changes),
    invite,
  });
  if (pending) {
    const earlier = (pending.payload as { changes?: Changes }).changes ?? {};
    // Conditional: if a sender claimed the row meanwhile, it goes out as it was and a new one follows.
    const { count } = await tx.emailOutbox.updateMany({
      where: { id: pending.id, status: "pending", attempts: 0 },
      data: { payload: payload(earlier) as unknown as Prisma.InputJsonValue, dedupeKey, toName: recipient.name, locale },
    });
    if (count === 1) return;
  }
  await enqueueEmail(tx, {
    kind: "session-updated",
    to: recipient.email,
    toName: recipient.name,
    locale,
    conferenceId: conference.id,
    registrationId: recipient.id,
    dedupeKey,
    notBefore: new Date(now.getTime() + updateDelayMs()),
    payload: payload({}),
  });
}
