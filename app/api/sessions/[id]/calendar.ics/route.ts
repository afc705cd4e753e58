import { sessionFeed } from "@/lib/calendar/queries";
import { calendarResponse } from "@/lib/calendar/response";
import { errorResponse } from "@/lib/http";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: RouteContext<"/api/sessions/[id]/calendar.ics">) {
  try {
    return calendarResponse(request, await sessionFeed((await params).id), { isPrivate: false });
  } catch (error) {
    return errorResponse(error);
  }
}
