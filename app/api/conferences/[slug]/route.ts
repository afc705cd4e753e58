import { apiLocale, conferenceDetailJson } from "@/lib/conferences/public-json";
import { getPublicConference } from "@/lib/conferences/queries";
import { appUrl, errorResponse } from "@/lib/http";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: RouteContext<"/api/conferences/[slug]">) {
  try {
    const { slug } = await params;
    const conference = await getPublicConference(slug);
    if (!conference) return Response.json({ error: "not_found", message: `No published conference "${slug}"` }, { status: 404 });
    return Response.json(conferenceDetailJson(conference, new Date(), appUrl(), apiLocale(request.url)));
  } catch (error) {
    return errorResponse(error);
  }
}
