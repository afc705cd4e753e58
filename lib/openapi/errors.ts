/**
 * The error answers every route shares (lib/http.ts errorResponse), as zod schemas: an operation
 * lists the codes it can answer with and gets their documented responses.
 */
import { z } from "zod";
import "zod-openapi";
import type { ZodOpenApiResponseObject } from "zod-openapi";

const retryAfter = z.object({ "Retry-After": z.string().meta({ description: "Seconds to wait before trying again.", example: "30" }) });

export const validationErrorSchema = z
  .object({
    error: z.literal("validation"),
    message: z.string().optional(),
    errors: z.record(z.string(), z.string()).meta({ description: 'One message per field, by path ("email", "answers.role", "sessionIds"), in the request\'s language where the endpoint takes one.' }),
  })
  .meta({ id: "ValidationError" });

const simple = (code: string, id: string) => z.object({ error: z.literal(code), message: z.string() }).meta({ id });

export const notFoundSchema = simple("not_found", "NotFoundError");
export const forbiddenSchema = simple("forbidden", "ForbiddenError");
export const unauthenticatedSchema = simple("unauthenticated", "UnauthenticatedError");
export const payloadTooLargeSchema = simple("payload_too_large", "PayloadTooLargeError");
export const unavailableSchema = simple("unavailable", "UnavailableError");
export const internalErrorSchema = simple("internal", "InternalError");
export const rateLimitedSchema = z.object({ error: z.literal("rate_limited"), message: z.string(), retryAfter: z.number().int() }).meta({ id: "RateLimitedError" });

/** A 409 whose `reason` tells a client which refusal it met. */
export function conflictSchema(reasons: readonly [string, ...string[]] | null, extra: z.ZodRawShape = {}) {
  return z.object({ error: z.literal("conflict"), message: z.string(), ...(reasons ? { reason: z.enum(reasons).optional() } : {}), ...extra });
}

const json = (schema: z.ZodType) => ({ "application/json": { schema } });

export type ErrorCode = "validation" | "not_found" | "forbidden" | "unauthenticated" | "payload_too_large" | "rate_limited" | "unavailable" | "internal";

const ERROR_RESPONSES: Record<ErrorCode, [status: string, response: ZodOpenApiResponseObject]> = {
  validation: ["422", { description: "Invalid input: every field's message at once.", content: json(validationErrorSchema) }],
  not_found: ["404", { description: "Unknown, or not visible to the caller (existence stays hidden).", content: json(notFoundSchema) }],
  forbidden: ["403", { description: "Visible, but the caller's role or token rights do not allow this.", content: json(forbiddenSchema) }],
  unauthenticated: [
    "401",
    { description: "No session cookie and no valid API token.", headers: z.object({ "WWW-Authenticate": z.string().meta({ example: 'Bearer realm="tagung"' }) }), content: json(unauthenticatedSchema) },
  ],
  payload_too_large: ["413", { description: "Body over 64 KiB.", content: json(payloadTooLargeSchema) }],
  rate_limited: ["429", { description: "Too many requests from this client or for this address.", headers: retryAfter, content: json(rateLimitedSchema) }],
  unavailable: ["503", { description: "The database stayed busy; nothing was written. Retry after the given seconds.", headers: retryAfter, content: json(unavailableSchema) }],
  internal: ["500", { description: "An unexpected error (logged on the server; the message reveals nothing more).", content: json(internalErrorSchema) }],
};

export function errorResponses(codes: readonly ErrorCode[]): Record<string, ZodOpenApiResponseObject> {
  return Object.fromEntries(codes.map((code) => ERROR_RESPONSES[code]));
}
