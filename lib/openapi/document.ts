/** The OpenAPI 3.1 document, generated from the registry's zod schemas (served at /api/openapi.json). */
import "server-only";
import { createDocument, type ZodOpenApiPathsObject } from "zod-openapi";
import { API_OPERATIONS } from "./registry";
import { WEBHOOKS } from "./webhooks";

const built = new Map<string, ReturnType<typeof build>>();

/** The document for this origin; built once per process (the registry does not change at run time). */
export function openApiDocument(baseUrl: string) {
  let doc = built.get(baseUrl);
  if (!doc) built.set(baseUrl, (doc = build(baseUrl)));
  return doc;
}

function build(baseUrl: string) {
  const paths: ZodOpenApiPathsObject = {};
  for (const { method, path, operation } of API_OPERATIONS) paths[path] = { ...paths[path], [method]: operation };
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Tagung API",
      version: "1",
      description:
        "Conferences, their programme and registration form (public); the attendee's own registration (with the secret token of the manage link); the organiser API (API token or session). Times carry the conference's UTC offset unless noted. Errors are JSON `{ error, message, … }`. Webhooks (under `webhooks`) are what Tagung sends to organisers' endpoints.",
    },
    servers: [{ url: baseUrl }],
    tags: [
      { name: "Conferences", description: "Public: what is on, and what registering asks for." },
      { name: "Registration", description: "Register; read, change or cancel one's own registration with its manage token." },
      { name: "Calendars", description: "iCalendar feeds and files." },
      { name: "Organiser", description: "For integrations: an API token from the host's page in the workspace, sent as `Authorization: Bearer tgk_…` (never in the query string)." },
      { name: "Service", description: "Health and this document." },
      {
        name: "Webhooks",
        description:
          "Tagung POSTs these to the HTTPS addresses organisers register for a conference (in the workspace: the conference → Integrations), one per event, signed as Standard Webhooks describes. At least once: deduplicate on `webhook-id`.",
      },
    ],
    paths,
    webhooks: WEBHOOKS,
    components: {
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", bearerFormat: "tgk_…", description: "An organiser API token. Read tokens may read; write tokens may also change sessions. Scoped to the conferences chosen when it was created." },
        sessionCookie: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "A signed-in organiser's session (the workspace)." },
      },
    },
  });
}
