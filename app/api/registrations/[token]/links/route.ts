import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http";
import { registrationIdForToken } from "@/lib/registrations/link-tokens";
import { revokeOtherManageLinks } from "@/lib/registrations/reset-links";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "private, no-store" };

/** Revokes every other manage link of this registration; the one used here keeps working. */
export async function DELETE(_request: Request, context: RouteContext<"/api/registrations/[token]/links">) {
  try {
    const { token } = await context.params;
    const registrationId = await registrationIdForToken(token, "manage");
    if (!registrationId) throw new AppError("not_found", "Unknown or expired link");
    return Response.json(await revokeOtherManageLinks({ registrationId, keepToken: token }), { headers: NO_STORE });
  } catch (error) {
    return errorResponse(error, NO_STORE);
  }
}
