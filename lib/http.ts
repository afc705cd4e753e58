import { ZodError, type z } from "zod";
import { isRetryable } from "./db-errors";
import { AppError, HTTP_STATUS, type FieldErrors } from "./errors";
import type { Refusal } from "./outcome";

/** Zod issues as { "field.path": "message" }, first message per field. */
export function fieldErrorsFromZod(error: ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_";
    fields[key] ??= issue.message;
  }
  return fields;
}

/** Maps an error thrown by a use case to a JSON response; unknown errors are logged and hidden. */
export function errorResponse(error: unknown, headers?: HeadersInit): Response {
  if (error instanceof ZodError) {
    return Response.json({ error: "validation", errors: fieldErrorsFromZod(error) }, { status: 422, headers });
  }
  if (error instanceof AppError) {
    const body: Record<string, unknown> = { error: error.code, message: error.message };
    if (error.fields) body.errors = error.fields;
    if (error.details) Object.assign(body, error.details);
    const h = new Headers(headers);
    // RFC 6750: a 401 names the scheme that would work (organiser API: API tokens).
    if (error.code === "unauthenticated") h.set("WWW-Authenticate", 'Bearer realm="tagung"');
    if (error.code === "rate_limited" && typeof error.details?.retryAfter === "number") h.set("Retry-After", String(error.details.retryAfter));
    return Response.json(body, { status: HTTP_STATUS[error.code], headers: h });
  }
  if (isRetryable(error)) {
    // The database stayed busy through every retry: a temporary condition, not a bug. 503 with
    // Retry-After tells clients (and proxies) to come back, and nothing was written.
    console.warn("database busy after retries:", (error as Error)?.message);
    const h = new Headers(headers);
    h.set("Retry-After", "1");
    return Response.json({ error: "unavailable", message: "The service is busy, please try again in a moment" }, { status: 503, headers: h });
  }
  console.error(error);
  return Response.json({ error: "internal", message: "Internal server error" }, { status: 500, headers });
}

/**
 * A use case's refusal (lib/outcome.ts) as the 409 an AppError("conflict") gives: the message,
 * then the reason and its details, so clients see one shape for every conflict.
 */
export function refusalResponse(refusal: Refusal<string, object>, message: string, headers?: HeadersInit): Response {
  const { ok: _ok, ...details } = refusal;
  return Response.json({ error: "conflict", message, ...details }, { status: HTTP_STATUS.conflict, headers });
}

/** The query string parsed with a zod schema (a ZodError becomes 422 with field messages in errorResponse). */
export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  return schema.parse(Object.fromEntries(new URL(request.url).searchParams));
}

/** Organiser answers hold personal data: never cached by browsers or proxies. */
export const PRIVATE_NO_STORE = { "Cache-Control": "private, no-store" } as const;

export const MAX_BODY_BYTES = 64 * 1024;

/**
 * Reads a JSON body of at most `limit` bytes. Oversized → 413, not JSON → 422, so a client's
 * mistake is never a 500.
 */
export async function readJsonBody(request: Request, limit = MAX_BODY_BYTES): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw new AppError("payload_too_large", `Request body exceeds ${limit} bytes`);
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => {});
        throw new AppError("payload_too_large", `Request body exceeds ${limit} bytes`);
      }
      chunks.push(value);
    }
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (!text.trim()) throw new AppError("validation", "Request body must be a JSON object", { _: "Request body must be a JSON object" });
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("validation", "Request body is not valid JSON", { _: "Request body is not valid JSON" });
  }
}

/** The public origin used in links (emails, calendars): APP_URL, else the request's own. */
export function appUrl(): string {
  return (process.env.APP_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, "");
}

/** Host name of the public origin: the domain part of Message-IDs and calendar UIDs. */
export function appHostname(): string {
  try {
    return new URL(appUrl()).hostname || "localhost";
  } catch {
    return "localhost";
  }
}
