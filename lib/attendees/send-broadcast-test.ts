/**
 * "Send a test to myself": the broadcast as attendees will get it, to the signed-in organiser's
 * own address only, through the outbox, marked as a test in subject and text, without an opt-out
 * link. The same permission as the real send (lib/attendees/send-broadcast.ts). It does not use up
 * the conference's broadcast allowance (RATE_LIMIT_BROADCASTS_PER_CONFERENCE) — a test reaches no
 * attendee — but has a small limit of its own per organiser (RATE_LIMIT_BROADCAST_TESTS_PER_USER).
 */
import "server-only";
import type { z } from "zod";
import { writeAuditLog } from "../audit";
import { db } from "../db";
import { writeTransaction } from "../db-retry";
import { requireConferenceAccess } from "../hosts/permissions";
import { toLocale } from "../i18n-server";
import { enqueueEmail } from "../mail/enqueue";
import { enforce, RATE_LIMITS } from "../rate-limit";
import { conferenceSummary } from "../registrations/payloads";
import { broadcastInput, broadcastScope } from "./send-broadcast";

export async function sendBroadcastTest(options: { input: z.output<typeof broadcastInput>; actor: { userId: string } }): Promise<{ to: string }> {
  const input = options.input;
  // Counted only for people allowed to send, like the real broadcast.
  await requireConferenceAccess(db, options.actor.userId, input.conferenceId, input.sessionId ? "sessions" : "manage");
  await enforce(`broadcast-test:user:${options.actor.userId}`, RATE_LIMITS.broadcastTestPerUser());
  return writeTransaction(async (tx) => {
    const conference = await broadcastScope(tx, input, options.actor);
    const sender = await tx.user.findUniqueOrThrow({ where: { id: options.actor.userId }, select: { name: true, email: true, locale: true } });
    const locale = toLocale(sender.locale);
    await enqueueEmail(tx, {
      kind: "broadcast",
      to: sender.email,
      toName: sender.name,
      locale,
      conferenceId: conference.id,
      payload: {
        conference: conferenceSummary(conference, locale),
        attendeeName: sender.name ?? sender.email,
        manageUrl: "",
        subject: input.subject,
        body: input.body,
        senderName: sender.name ?? sender.email,
        unsubscribeUrl: "",
        test: true,
      },
    });
    await writeAuditLog(tx, {
      actor: options.actor,
      conferenceId: conference.id,
      entityType: input.sessionId ? "Session" : "Conference",
      entityId: input.sessionId ?? conference.id,
      action: "broadcast.test",
      after: { subject: input.subject, to: sender.email, test: true },
    });
    return { to: sender.email };
  });
}
