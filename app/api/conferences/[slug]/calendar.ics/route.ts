import { conferenceFeed } from "@/lib/calendar/queries";
import { calendarResponse } from "@/lib/calendar/response";
import { errorResponse } from "@/lib/http";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: RouteContext<"/api/conferences/[slug]/calendar.ics">) {
  try {
    return calendarResponse(request, await conferenceFeed((await params).slug), { isPrivate: false });
  } catch (error) {
    return errorResponse(error);
  }
}
