/**
 * A message from organisers to the confirmed attendees of a conference or of one session: one
 * personalised outbox row each, with an opt-out link; attendees who opted out are skipped.
 */
import "server-only";
import { z } from "zod";
import { writeAuditLog } from "../audit";
import { db, type Tx } from "../db";
import { writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { appUrl } from "../http";
import { toLocale } from "../i18n-server";
import { canEditSessionOf, requireConferenceAccess } from "../hosts/permissions";
import { enqueueAttendeeEmail } from "../registrations/attendee-email";
import { conferenceMailInclude } from "../registrations/payloads";
import { enforce, RATE_LIMITS } from "../rate-limit";
import { optOutToken } from "./broadcast-token";

export const broadcastInput = z.object({
  conferenceId: z.string().min(1).max(64),
  sessionId: z
    .string()
    .max(64)
    .nullish()
    .transform((v) => v || null),
  subject: z.string().trim().min(3, "required").max(200, "tooLong"),
  body: z.string().trim().min(10, "required").max(10_000, "tooLong"),
});
export type BroadcastInput = z.input<typeof broadcastInput>;

/**
 * One URL for both the visible link and the List-Unsubscribe header: a POST there opts out at
 * once (RFC 8058 one-click), a GET only redirects to the confirmation page in the attendee's
 * language, so link scanners that open every link do not unsubscribe anyone.
 */
export function optOutUrl(registrationId: string): string {
  return `${appUrl()}/api/unsubscribe/${optOutToken(registrationId)}`;
}

/**
 * Who may write to whom, checked inside the caller's transaction: the whole conference needs its
 * organisers' rights, one session the right to edit that session (partner editors: their own host's).
 * Returns the conference with what the mail needs.
 */
export async function broadcastScope(tx: Tx, input: z.output<typeof broadcastInput>, actor: { userId: string }) {
  const access = await requireConferenceAccess(tx, actor.userId, input.conferenceId, input.sessionId ? "sessions" : "manage");
  const conference = await tx.conference.findUniqueOrThrow({ where: { id: input.conferenceId }, include: conferenceMailInclude });
  if (input.sessionId) {
    const session = await tx.session.findFirst({ where: { id: input.sessionId, conferenceId: conference.id }, select: { hostId: true } });
    if (!session) throw new AppError("validation", "Unknown session", { sessionId: "unknownSession" });
    if (!canEditSessionOf(access, session.hostId)) throw new AppError("forbidden", "You may not write to this session's attendees");
  }
  return conference;
}

export async function sendBroadcast(options: { input: z.output<typeof broadcastInput>; actor: { userId: string }; now?: Date }) {
  const input = options.input;
  const now = options.now ?? new Date();
  const need = input.sessionId ? "sessions" : "manage";
  // A few broadcasts per conference and minute, whoever sends them: a slip (or a stolen session)
  // cannot flood every attendee's inbox. Counted only for people allowed to send, so that others
  // cannot use up the conference's allowance.
  await requireConferenceAccess(db, options.actor.userId, input.conferenceId, need);
  await enforce(`broadcast:conference:${input.conferenceId}`, RATE_LIMITS.broadcastPerConference());
  return writeTransaction(async (tx) => {
    const conference = await broadcastScope(tx, input, options.actor);
    const sender = await tx.user.findUniqueOrThrow({ where: { id: options.actor.userId }, select: { name: true, email: true } });
    const recipients = await tx.registration.findMany({
      where: {
        conferenceId: conference.id,
        status: "confirmed",
        broadcastOptOutAt: null,
        ...(input.sessionId ? { sessions: { some: { sessionId: input.sessionId, status: "confirmed" } } } : {}),
      },
      select: { id: true, name: true, email: true, locale: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    const skipped = await tx.registration.count({
      where: { conferenceId: conference.id, status: "confirmed", broadcastOptOutAt: { not: null }, ...(input.sessionId ? { sessions: { some: { sessionId: input.sessionId, status: "confirmed" } } } : {}) },
    });
    const audit = await writeAuditLog(tx, {
      actor: options.actor,
      conferenceId: conference.id,
      entityType: input.sessionId ? "Session" : "Conference",
      entityId: input.sessionId ?? conference.id,
      action: "broadcast.send",
      after: { subject: input.subject, body: input.body, recipients: recipients.length, skippedOptedOut: skipped },
      at: now,
    });
    for (const r of recipients) {
      const locale = toLocale(r.locale);
      await enqueueAttendeeEmail(tx, {
        kind: "broadcast",
        registration: r,
        conference,
        locale,
        dedupeKey: `broadcast:${audit.id}:${r.id}`,
        payload: { subject: input.subject, body: input.body, senderName: sender.name ?? sender.email, unsubscribeUrl: optOutUrl(r.id) },
      });
    }
    return { sent: recipients.length, skipped };
  });
}
