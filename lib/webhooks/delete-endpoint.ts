/** Removes an endpoint with its deliveries (the change log keeps that it existed). */
import "server-only";
import { writeAuditLog } from "../audit";
import { writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { requireConferenceAccess } from "../hosts/permissions";
import { subscribedTypes } from "./events";

export async function deleteEndpoint(options: { conferenceId: string; endpointId: string; actor: { userId: string } }) {
  return writeTransaction(async (tx) => {
    await requireConferenceAccess(tx, options.actor.userId, options.conferenceId, "manage");
    const endpoint = await tx.webhookEndpoint.findFirst({ where: { id: options.endpointId, conferenceId: options.conferenceId } });
    if (!endpoint) throw new AppError("not_found", "Webhook not found");
    await tx.webhookEndpoint.delete({ where: { id: endpoint.id } });
    await writeAuditLog(tx, {
      actor: options.actor,
      conferenceId: options.conferenceId,
      entityType: "WebhookEndpoint",
      entityId: endpoint.id,
      action: "webhook.delete",
      before: { url: endpoint.url, description: endpoint.description, events: subscribedTypes(endpoint.events), enabled: endpoint.enabled },
    });
    return { url: endpoint.url };
  });
}
