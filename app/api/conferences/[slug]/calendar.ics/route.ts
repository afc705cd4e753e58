import { conferenceFeed, conferenceFeedVersion } from "@/lib/calendar/queries";
import { cachedCalendarResponse } from "@/lib/calendar/response";
import { apiLocale } from "@/lib/conferences/public-json";
import { errorResponse } from "@/lib/http";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: RouteContext<"/api/conferences/[slug]/calendar.ics">) {
  try {
    const { slug } = await params;
    const locale = apiLocale(request.url);
    return await cachedCalendarResponse(request, `conference:${slug}:${locale}`, await conferenceFeedVersion(slug), () => conferenceFeed(slug, locale));
  } catch (error) {
    return errorResponse(error);
  }
}
