import { sessionFeed } from "@/lib/calendar/queries";
import { calendarResponse } from "@/lib/calendar/response";
import { apiLocale } from "@/lib/conferences/public-json";
import { errorResponse } from "@/lib/http";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: RouteContext<"/api/sessions/[id]/calendar.ics">) {
  try {
    return calendarResponse(request, await sessionFeed((await params).id, apiLocale(request.url)), { isPrivate: false });
  } catch (error) {
    return errorResponse(error);
  }
}
