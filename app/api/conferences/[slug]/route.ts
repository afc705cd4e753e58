import { conferenceDetailJson } from "@/lib/conferences/public-json";
import { cachedPublicConference } from "@/lib/conferences/public-cache";
import { appUrl, errorResponse } from "@/lib/http";
import { apiLocale } from "@/lib/i18n-server";

export const dynamic = "force-dynamic";

/**
 * Texts meant for people (titles, question labels, the privacy link) in `?locale=`, else the
 * Accept-Language language; a client that sends neither gets the conference's own language, German.
 */
export async function GET(request: Request, { params }: RouteContext<"/api/conferences/[slug]">) {
  try {
    const { slug } = await params;
    const conference = await cachedPublicConference(slug);
    if (!conference) return Response.json({ error: "not_found", message: `No published conference "${slug}"` }, { status: 404 });
    const asked = new URL(request.url).searchParams.get("locale") || request.headers.get("accept-language");
    const locale = asked ? apiLocale(request) : "de";
    return Response.json(conferenceDetailJson(conference, new Date(), appUrl(), locale), { headers: { "Content-Language": locale, Vary: "Accept-Language" } });
  } catch (error) {
    return errorResponse(error);
  }
}
