/**
 * An organiser registers a webhook endpoint for a conference. The URL is checked (HTTPS, no
 * credentials, not a private address — also after DNS), a fresh signing secret is made, stored
 * sealed and returned once: the caller shows it and never sees it again.
 */
import "server-only";
import { writeAuditLog } from "../audit";
import { writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { requireConferenceAccess } from "../hosts/permissions";
import { seal } from "../mail/sealed";
import { checkEndpointUrl, networkPolicy, type NetworkPolicy, type Resolver } from "./network";
import type { CreateEndpointInput } from "./schema";
import { newEndpointSecret } from "./signature";

export type NetworkOptions = { policy?: NetworkPolicy; resolver?: Resolver };

/** The URL as it will be stored, or a validation error naming why it is refused. */
export async function acceptableUrl(raw: string, options: NetworkOptions): Promise<string> {
  const checked = await checkEndpointUrl(raw, options.policy ?? networkPolicy(), options.resolver);
  if (!checked.ok) throw new AppError("validation", `Webhook URL refused: ${checked.reason}`, { url: checked.reason });
  return checked.url;
}

export async function createEndpoint(options: { conferenceId: string; input: CreateEndpointInput; actor: { userId: string } } & NetworkOptions) {
  const url = await acceptableUrl(options.input.url, options);
  const secret = newEndpointSecret();
  const endpoint = await writeTransaction(async (tx) => {
    await requireConferenceAccess(tx, options.actor.userId, options.conferenceId, "manage");
    const enabled = options.input.enabled ?? true;
    const created = await tx.webhookEndpoint.create({
      data: {
        conferenceId: options.conferenceId,
        url,
        description: options.input.description ?? "",
        events: options.input.events,
        enabled,
        disabledAt: enabled ? null : new Date(),
        disabledReason: enabled ? null : "organiser",
        secretSealed: seal(secret),
        createdByUserId: options.actor.userId,
      },
    });
    await writeAuditLog(tx, {
      actor: options.actor,
      conferenceId: options.conferenceId,
      entityType: "WebhookEndpoint",
      entityId: created.id,
      action: "webhook.create",
      after: { url, description: created.description, events: options.input.events, enabled },
    });
    return created;
  });
  return { id: endpoint.id, url: endpoint.url, secret };
}
