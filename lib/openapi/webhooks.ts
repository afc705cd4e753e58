/**
 * The document's `webhooks` section: one entry per event type, each the POST Tagung sends to an
 * organiser's endpoint, with the payload schema from lib/webhooks/schema.ts and the Standard
 * Webhooks headers (lib/webhooks/signature.ts). Attempts and retries are lib/webhooks/deliver.ts.
 */
import { z } from "zod";
import "zod-openapi";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import type { WebhookEventType } from "../webhooks/events";
import { webhookPayload } from "../webhooks/schema";

const headers = z.object({
  "webhook-id": z.string().meta({ description: "The event's id (the body's `id`): the same on every attempt and re-send. Deduplicate on it.", example: "msg_2b1c8e0f4d6a4f0e9b7c3a5d1e2f3a4b" }),
  "webhook-timestamp": z.string().regex(/^\d+$/).meta({ description: "When this attempt was signed, in seconds since 1970 (UTC). Refuse deliveries more than five minutes off.", example: "1767254400" }),
  "webhook-signature": z.string().meta({
    description: "`v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>` under the endpoint's secret (the bytes of the base64 after `whsec_`); several are separated by spaces. The README shows the check.",
    example: "v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=",
  }),
});

const ABOUT: Record<WebhookEventType, { summary: string; description?: string }> = {
  "registration.created": { summary: "Someone registered", description: "Confirmed or on the waiting list; through the form, the API or an organiser." },
  "registration.updated": { summary: "A registration changed", description: "Details, answers or sessions, by the attendee or an organiser; `changed` names what." },
  "registration.cancelled": { summary: "A registration was cancelled", description: "By the attendee or an organiser, or erased (then `anonymised` is true)." },
  "waitlist.promoted": { summary: "Someone moved up from a waiting list", description: "Into a seat at the conference (`sessionId` null) or at a session." },
  "session.changed": { summary: "A session was created or changed", description: "Time, room, title, capacity, speakers, …; `changed` names what." },
  "session.cancelled": { summary: "A session was cancelled" },
  "checkin.created": { summary: "An attendee was checked in", description: "At the entrance (`sessionId` null) or at a session's door." },
};

const camel = (type: string) => type.replace(/[._](\w)/g, (_, c: string) => c.toUpperCase());

export const WEBHOOKS: ZodOpenApiPathsObject = Object.fromEntries(
  webhookPayload.options.map((schema) => {
    const type = schema.shape.type.value;
    return [
      type,
      {
        post: {
          operationId: camel(`on.${type}`),
          tags: ["Webhooks"],
          summary: ABOUT[type].summary,
          ...(ABOUT[type].description ? { description: ABOUT[type].description } : {}),
          requestParams: { header: headers },
          requestBody: { required: true, content: { "application/json": { schema } } },
          responses: {
            "2XX": { description: "Received: any 2xx within the time limit (10 s unless the operator set another) acknowledges the event; the body is ignored." },
            default: {
              description:
                "Anything else (a redirect, an error, no answer in time) is a failed attempt, retried after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h. An endpoint that fails for 24 hours without a single success is switched off and its owners are emailed.",
            },
          },
        },
      },
    ];
  }),
);
