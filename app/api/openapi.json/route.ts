import { appUrl, errorResponse } from "@/lib/http";
import { openApiDocument } from "@/lib/openapi/document";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 description of the JSON API, generated from the routes' zod schemas (lib/openapi). */
export async function GET() {
  try {
    return Response.json(openApiDocument(appUrl()), { headers: { "Access-Control-Allow-Origin": "*" } });
  } catch (error) {
    return errorResponse(error);
  }
}
