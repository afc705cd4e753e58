import { organiserActor } from "@/lib/api-tokens/authenticate";
import { attendeeCsvStream } from "@/lib/attendees/attendee-csv";
import { errorResponse } from "@/lib/http";
import { toLocale } from "@/lib/i18n-server";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: RouteContext<"/api/organiser/conferences/[id]/attendees.csv">) {
  try {
    const actor = await organiserActor(request);
    const { id } = await params;
    const url = new URL(request.url);
    const status = url.searchParams.get("status");
    const locale = toLocale(url.searchParams.get("locale") ?? "de");
    // ?technical=1: stored keys, ids and UTC timestamps for other programs instead of labels.
    const technical = url.searchParams.get("technical") === "1";
    // Streamed page by page: 100,000 attendees export in constant memory.
    const { conference, stream } = await attendeeCsvStream(
      {
        conferenceId: id,
        actor,
        filter: {
          q: url.searchParams.get("q") ?? undefined,
          status: status === "confirmed" || status === "waitlisted" || status === "cancelled" ? status : undefined,
          sessionId: url.searchParams.get("session") || undefined,
          hostId: url.searchParams.get("host") || undefined,
        },
      },
      locale,
      { technical },
    );
    return new Response(stream, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${conference.slug}-${technical ? "export" : locale === "en" ? "attendees" : "teilnehmende"}.csv"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
