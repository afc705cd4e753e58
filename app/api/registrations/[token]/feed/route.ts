import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http";
import { registrationIdForToken } from "@/lib/registrations/link-tokens";
import { resetFeedToken } from "@/lib/registrations/reset-links";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "private, no-store" };

/** A new calendar subscription address (manage token required); every older one stops working. */
export async function POST(_request: Request, context: RouteContext<"/api/registrations/[token]/feed">) {
  try {
    const { token } = await context.params;
    const registrationId = await registrationIdForToken(token, "manage");
    if (!registrationId) throw new AppError("not_found", "Unknown or expired link");
    return Response.json(await resetFeedToken({ registrationId }), { headers: NO_STORE });
  } catch (error) {
    return errorResponse(error, NO_STORE);
  }
}
