/**
 * One documented endpoint. Each area's file in ./operations lists its endpoints with
 * `defineOperation`; ./registry.ts collects the files. Adding an endpoint = one entry there,
 * with the zod schemas the route itself parses and answers with.
 */
import type { z } from "zod";
import type { ZodOpenApiOperationObject, ZodOpenApiResponseObject } from "zod-openapi";
import { conflictSchema, errorResponses, type ErrorCode } from "./errors";

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

export type ApiOperation = {
  method: HttpMethod;
  /** OpenAPI form of the route's path: app/api/conferences/[slug]/route.ts → /api/conferences/{slug}. */
  path: `/api/${string}`;
  operation: ZodOpenApiOperationObject;
};

type Definition = Omit<ZodOpenApiOperationObject, "responses" | "tags" | "security"> & {
  tag: "Conferences" | "Registration" | "Calendars" | "Organiser" | "Service" | (string & {});
  /** "organiser": Bearer token or session cookie; adds 401 and the security requirement. */
  auth?: "organiser";
  /** The route's answers by status: its successes, and any error with a body of its own. */
  responses: Record<string, ZodOpenApiResponseObject>;
  /** Error codes besides 500 and 503 (every route may answer 500 for an unexpected error, 503 when the database stays busy). */
  errors?: readonly ErrorCode[];
  /** 409 with these `reason`s (null: 409 without a reason field), plus extra fields. */
  conflict?: { reasons: readonly [string, ...string[]] | null; description: string; extra?: z.ZodRawShape };
};

export function defineOperation(method: HttpMethod, path: ApiOperation["path"], definition: Definition): ApiOperation {
  const { tag, auth, responses, errors = [], conflict, ...rest } = definition;
  const codes: ErrorCode[] = [...errors, ...(auth === "organiser" ? (["unauthenticated"] as const) : []), "internal", "unavailable"];
  return {
    method,
    path,
    operation: {
      ...rest,
      tags: [tag],
      ...(auth === "organiser" ? { security: [{ bearerToken: [] }, { sessionCookie: [] }] } : {}),
      responses: {
        ...errorResponses(codes),
        ...(conflict ? { "409": { description: conflict.description, content: { "application/json": { schema: conflictSchema(conflict.reasons, conflict.extra) } } } } : {}),
        // Last, so an endpoint with its own answer for a shared status (health's 503) keeps it.
        ...responses,
      },
    },
  };
}
