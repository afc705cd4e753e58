import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http";
import { eraseRegistration } from "@/lib/privacy/erase-registration";
import { findRegistrationByToken } from "@/lib/registrations/queries";

export const dynamic = "force-dynamic";

/** Cancels and anonymises the registration at once (Art. 17 DSGVO); the link stops working. */
export async function POST(_request: Request, context: RouteContext<"/api/registrations/[token]/erase">) {
  const headers = { "Cache-Control": "private, no-store" };
  try {
    const { token } = await context.params;
    const registration = await findRegistrationByToken(token);
    if (!registration) throw new AppError("not_found", "Unknown or expired link");
    const result = await eraseRegistration({ registrationId: registration.id, actor: "attendee" });
    if (!result.ok) throw new AppError("not_found", "Unknown or expired link");
    return Response.json(
      { erased: true, cancelled: result.cancelled, remains: "An anonymous record without name, contact details or answers in free text, counted in the conference's attendance figures." },
      { headers },
    );
  } catch (error) {
    return errorResponse(error, headers);
  }
}
