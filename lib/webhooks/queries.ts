/** The organiser's webhook page: endpoints with their latest deliveries (manage access only). */
import "server-only";
import { db } from "../db";
import { requireConferenceAccess } from "../hosts/permissions";
import { subscribedTypes } from "./events";

export async function listWebhooks(options: { conferenceId: string; actor: { userId: string }; deliveriesPerEndpoint?: number }) {
  await requireConferenceAccess(db, options.actor.userId, options.conferenceId, "manage");
  const [conference, endpoints] = await Promise.all([
    db.conference.findUniqueOrThrow({ where: { id: options.conferenceId }, select: { id: true, title: true, titleEn: true, timeZone: true, slug: true, status: true } }),
    db.webhookEndpoint.findMany({
      where: { conferenceId: options.conferenceId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: {
        deliveries: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: options.deliveriesPerEndpoint ?? 20, include: { event: { select: { id: true, type: true, createdAt: true } } } },
        _count: { select: { deliveries: true } },
      },
    }),
  ]);
  return {
    conference,
    endpoints: endpoints.map((e) => ({
      id: e.id,
      url: e.url,
      description: e.description,
      events: subscribedTypes(e.events),
      enabled: e.enabled,
      disabledAt: e.disabledAt,
      disabledReason: e.disabledReason === "failing" ? ("failing" as const) : e.disabledReason ? ("organiser" as const) : null,
      failingSince: e.failingSince,
      createdAt: e.createdAt,
      deliveryCount: e._count.deliveries,
      deliveries: e.deliveries.map((d) => ({
        id: d.id,
        eventId: d.event.id,
        type: d.event.type,
        createdAt: d.event.createdAt,
        status: d.status,
        attempts: d.attempts,
        lastAttemptAt: d.lastAttemptAt,
        nextAttemptAt: d.status === "pending" ? d.nextAttemptAt : null,
        lastStatus: d.lastStatus,
        lastResponse: d.lastResponse,
        deliveredAt: d.deliveredAt,
      })),
    })),
  };
}

export type WebhookList = Awaited<ReturnType<typeof listWebhooks>>;
