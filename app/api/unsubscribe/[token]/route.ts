/**
 * The opt-out link of organiser messages. POST opts out at once: mail clients send it for the
 * List-Unsubscribe-Post one-click header (RFC 8058). GET changes nothing — link scanners open
 * every link — and forwards to the page where the attendee confirms with a button.
 */
import { findOptOut, optOutOfBroadcasts } from "@/lib/attendees/opt-out-of-broadcasts";
import { isAppError } from "@/lib/errors";
import { appUrl, errorResponse } from "@/lib/http";
import { localePrefix } from "@/lib/registrations/payloads";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "private, no-store" };

export async function GET(_request: Request, { params }: RouteContext<"/api/unsubscribe/[token]">) {
  const { token } = await params;
  // An unknown link still goes to the page, which answers with the site's own "not found" page.
  const locale = await findOptOut(token).then(
    (found) => found.locale,
    (error) => {
      if (isAppError(error) && error.code === "not_found") return "de";
      throw error;
    },
  );
  return Response.redirect(`${appUrl()}${localePrefix(locale)}/unsubscribe/${encodeURIComponent(token)}`, 303);
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
