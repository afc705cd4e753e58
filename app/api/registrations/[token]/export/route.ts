import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http";
import { exportRegistration } from "@/lib/privacy/export-registration";
import { findRegistrationByToken } from "@/lib/registrations/queries";

export const dynamic = "force-dynamic";

/** Everything stored about this registration, as a download (Art. 15/20 DSGVO). */
export async function GET(_request: Request, context: RouteContext<"/api/registrations/[token]/export">) {
  const headers = { "Cache-Control": "private, no-store" };
  try {
    const { token } = await context.params;
    const registration = await findRegistrationByToken(token);
    const data = registration && (await exportRegistration(registration.id));
    if (!data) throw new AppError("not_found", "Unknown or expired link");
    return new Response(JSON.stringify(data, null, 2), {
      headers: { ...headers, "Content-Type": "application/json; charset=utf-8", "Content-Disposition": `attachment; filename="tagung-${data.conference.slug}-meine-daten.json"` },
    });
  } catch (error) {
    return errorResponse(error, headers);
  }
}
