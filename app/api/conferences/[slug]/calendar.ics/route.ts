import { conferenceFeed, conferenceFeedVersion } from "@/lib/calendar/queries";
import { cachedCalendarResponse } from "@/lib/calendar/response";
import { errorResponse } from "@/lib/http";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: RouteContext<"/api/conferences/[slug]/calendar.ics">) {
  try {
    const { slug } = await params;
    return await cachedCalendarResponse(request, `conference:${slug}`, await conferenceFeedVersion(slug), () => conferenceFeed(slug));
  } catch (error) {
    return errorResponse(error);
  }
}
