/**
 * The opt-out link of organiser messages. POST opts out at once: mail clients send it for the
 * List-Unsubscribe-Post one-click header (RFC 8058). GET changes nothing — link scanners open
 * every link — and forwards to the page where the attendee confirms with a button.
 */
import { findOptOut, optOutOfBroadcasts } from "@/lib/attendees/opt-out-of-broadcasts";
import { appUrl, errorResponse } from "@/lib/http";
import { localePrefix } from "@/lib/registrations/payloads";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "private, no-store" };

export async function GET(_request: Request, { params }: RouteContext<"/api/unsubscribe/[token]">) {
  try {
    const { token } = await params;
    const found = await findOptOut(token);
    return Response.redirect(`${appUrl()}${localePrefix(found.locale)}/unsubscribe/${encodeURIComponent(token)}`, 303);
  } catch (error) {
    return errorResponse(error, noStore);
  }
}

export async function POST(_request: Request, { params }: RouteContext<"/api/unsubscribe/[token]">) {
  try {
    const { token } = await params;
    const result = await optOutOfBroadcasts({ token });
    return Response.json({ optedOut: true, already: result.already }, { headers: noStore });
  } catch (error) {
    return errorResponse(error, noStore);
  }
}
