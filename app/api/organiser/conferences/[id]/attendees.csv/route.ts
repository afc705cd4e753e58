import { attendeeCsvRows, listAttendees } from "@/lib/attendees/list-attendees";
import { toCsv } from "@/lib/attendees/csv";
import { currentUser } from "@/lib/auth";
import { errorResponse } from "@/lib/http";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: RouteContext<"/api/organiser/conferences/[id]/attendees.csv">) {
  try {
    const user = await currentUser();
    if (!user) return Response.json({ error: "unauthenticated" }, { status: 401 });
    const { id } = await params;
    const url = new URL(request.url);
    const status = url.searchParams.get("status");
    const list = await listAttendees({
      conferenceId: id,
      actor: { userId: user.id },
      filter: {
        q: url.searchParams.get("q") ?? undefined,
        status: status === "confirmed" || status === "waitlisted" || status === "cancelled" ? status : undefined,
        sessionId: url.searchParams.get("session") || undefined,
        hostId: url.searchParams.get("host") || undefined,
      },
    });
    const { header, rows } = attendeeCsvRows(list, url.searchParams.get("locale") ?? "de");
    return new Response(toCsv(header, rows), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${list.conference.slug}-teilnehmende.csv"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
