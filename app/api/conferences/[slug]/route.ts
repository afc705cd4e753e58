import { conferenceDetailJson } from "@/lib/conferences/public-json";
import { cachedPublicConference } from "@/lib/conferences/public-cache";
import { appUrl, errorResponse } from "@/lib/http";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/api/conferences/[slug]">) {
  try {
    const { slug } = await params;
    const conference = await cachedPublicConference(slug);
    if (!conference) return Response.json({ error: "not_found", message: `No published conference "${slug}"` }, { status: 404 });
    return Response.json(conferenceDetailJson(conference, new Date(), appUrl()));
  } catch (error) {
    return errorResponse(error);
  }
}
