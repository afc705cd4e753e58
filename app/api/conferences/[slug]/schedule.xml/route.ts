import { appUrl, errorResponse } from "@/lib/http";
import { loadSchedule } from "@/lib/schedule/queries";
import { scheduleResponse } from "@/lib/schedule/response";

export const dynamic = "force-dynamic";

/** The programme in frab's schedule.xml format (README: "Schedule export"). */
export async function GET(request: Request, { params }: RouteContext<"/api/conferences/[slug]/schedule.xml">) {
  try {
    const { slug } = await params;
    const schedule = await loadSchedule(slug);
    if (!schedule) return Response.json({ error: "not_found", message: `No published conference "${slug}"` }, { status: 404 });
    return scheduleResponse(request, schedule, appUrl(), "xml");
  } catch (error) {
    return errorResponse(error);
  }
}
