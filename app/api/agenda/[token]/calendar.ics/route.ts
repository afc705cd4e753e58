import { agendaCalendarResponse } from "@/lib/calendar/response";
import { errorResponse } from "@/lib/http";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: RouteContext<"/api/agenda/[token]/calendar.ics">) {
  try {
    return await agendaCalendarResponse(request, (await params).token);
  } catch (error) {
    return errorResponse(error);
  }
}
