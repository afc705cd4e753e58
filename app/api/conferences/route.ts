import { apiLocale, conferenceSummaryJson } from "@/lib/conferences/public-json";
import { listPublicConferences } from "@/lib/conferences/queries";
import { appUrl, errorResponse } from "@/lib/http";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  try {
    const now = new Date();
    const locale = apiLocale(request.url);
    const conferences = await listPublicConferences();
    return Response.json({ conferences: conferences.map((c) => conferenceSummaryJson(c, now, appUrl(), locale)) });
  } catch (error) {
    return errorResponse(error);
  }
}
