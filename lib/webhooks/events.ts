/** The events a webhook endpoint can subscribe to. Pure: shared by forms, payloads and the worker. */
export const WEBHOOK_EVENT_TYPES = [
  "registration.created",
  "registration.updated",
  "registration.cancelled",
  "waitlist.promoted",
  "session.changed",
  "session.cancelled",
  "checkin.created",
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export function isWebhookEventType(value: unknown): value is WebhookEventType {
  return typeof value === "string" && (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}

/** The stored `events` column (a JSON array) as the types it names, unknown entries dropped. */
export function subscribedTypes(events: unknown): WebhookEventType[] {
  return Array.isArray(events) ? events.filter(isWebhookEventType) : [];
}
