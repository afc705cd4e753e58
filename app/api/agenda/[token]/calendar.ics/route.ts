import { agendaFeed } from "@/lib/calendar/queries";
import { calendarResponse } from "@/lib/calendar/response";
import { errorResponse } from "@/lib/http";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: RouteContext<"/api/agenda/[token]/calendar.ics">) {
  try {
    return calendarResponse(request, await agendaFeed((await params).token), { isPrivate: true });
  } catch (error) {
    return errorResponse(error);
  }
}
