/**
 * Changes an endpoint: URL (checked like a new one), description, events, on/off. Partial: what is
 * absent stays. Switching a failing endpoint back on starts its failure clock afresh.
 */
import "server-only";
import { writeAuditLog } from "../audit";
import { writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { requireConferenceAccess } from "../hosts/permissions";
import { acceptableUrl, type NetworkOptions } from "./create-endpoint";
import { subscribedTypes } from "./events";
import type { UpdateEndpointInput } from "./schema";

export async function updateEndpoint(options: { conferenceId: string; endpointId: string; input: UpdateEndpointInput; actor: { userId: string }; now?: Date } & NetworkOptions) {
  const now = options.now ?? new Date();
  const url = options.input.url === undefined ? undefined : await acceptableUrl(options.input.url, options);
  return writeTransaction(async (tx) => {
    await requireConferenceAccess(tx, options.actor.userId, options.conferenceId, "manage");
    const before = await tx.webhookEndpoint.findFirst({ where: { id: options.endpointId, conferenceId: options.conferenceId } });
    if (!before) throw new AppError("not_found", "Webhook not found");
    const next = {
      url: url ?? before.url,
      description: options.input.description ?? before.description,
      events: options.input.events ?? subscribedTypes(before.events),
      enabled: options.input.enabled ?? before.enabled,
    };
    const switched = next.enabled !== before.enabled;
    const changed = next.url !== before.url || next.description !== before.description || next.events.join() !== subscribedTypes(before.events).join() || switched;
    if (!changed) return { id: before.id, changed: false };
    await tx.webhookEndpoint.update({
      where: { id: before.id },
      data: {
        ...next,
        ...(switched && next.enabled ? { disabledAt: null, disabledReason: null, failingSince: null } : {}),
        ...(switched && !next.enabled ? { disabledAt: now, disabledReason: "organiser" } : {}),
      },
    });
    await writeAuditLog(tx, {
      actor: options.actor,
      conferenceId: options.conferenceId,
      entityType: "WebhookEndpoint",
      entityId: before.id,
      action: "webhook.update",
      before: { url: before.url, description: before.description, events: subscribedTypes(before.events), enabled: before.enabled },
      after: next,
    });
    return { id: before.id, changed: true };
  });
}
