/**
 * Sends one delivery again, with the same event id and body (receivers dedupe on webhook-id) and a
 * fresh round of retries. Refused while an attempt is in flight or while the endpoint is off.
 */
import "server-only";
import { writeAuditLog } from "../audit";
import { writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { requireConferenceAccess } from "../hosts/permissions";

export type ResendResult = { ok: true } | { ok: false; reason: "in_flight" | "endpoint_disabled" };

export async function resendDelivery(options: { conferenceId: string; deliveryId: string; actor: { userId: string }; now?: Date }): Promise<ResendResult> {
  const now = options.now ?? new Date();
  return writeTransaction(async (tx) => {
    await requireConferenceAccess(tx, options.actor.userId, options.conferenceId, "manage");
    const delivery = await tx.webhookDelivery.findFirst({
      where: { id: options.deliveryId, endpoint: { conferenceId: options.conferenceId } },
      include: { endpoint: { select: { enabled: true } }, event: { select: { type: true } } },
    });
    if (!delivery) throw new AppError("not_found", "Delivery not found");
    if (!delivery.endpoint.enabled) return { ok: false as const, reason: "endpoint_disabled" as const };
    const { count } = await tx.webhookDelivery.updateMany({
      where: { id: delivery.id, status: { not: "sending" } },
      data: { status: "pending", attempts: 0, nextAttemptAt: now, lockedBy: null, lockedUntil: null },
    });
    if (count === 0) return { ok: false as const, reason: "in_flight" as const };
    await writeAuditLog(tx, {
      actor: options.actor,
      conferenceId: options.conferenceId,
      entityType: "WebhookEndpoint",
      entityId: delivery.endpointId,
      action: "webhook.resend",
      before: { status: delivery.status, attempts: delivery.attempts },
      after: { deliveryId: delivery.id, eventId: delivery.eventId, type: delivery.event.type },
    });
    return { ok: true as const };
  });
}
