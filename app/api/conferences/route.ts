import { apiLocale, conferenceSummaryJson } from "@/lib/conferences/public-json";
import { cachedPublicConferences } from "@/lib/conferences/public-cache";
import { appUrl, errorResponse } from "@/lib/http";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  try {
    const now = new Date();
    const locale = apiLocale(request.url);
    const conferences = await cachedPublicConferences();
    return Response.json({ conferences: conferences.map((c) => conferenceSummaryJson(c, now, appUrl(), locale)) });
  } catch (error) {
    return errorResponse(error);
  }
}
