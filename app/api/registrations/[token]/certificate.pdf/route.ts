import { downloadCertificate } from "@/lib/certificates/download-certificate";
import { errorResponse, refusalResponse } from "@/lib/http";
import { registrationIdForToken } from "@/lib/registrations/link-tokens";

export const dynamic = "force-dynamic";

const REASONS = {
  not_offered: "This conference offers no certificates of attendance",
  not_ended: "Certificates are available once the conference has ended",
  not_attended: "There is no record that you attended (check-in); the organisers can issue one",
} as const;

/** The attendee's certificate of attendance; 409 with a reason (not_offered, not_ended, not_attended) when there is none yet. */
export async function GET(_request: Request, context: RouteContext<"/api/registrations/[token]/certificate.pdf">) {
  const headers = { "Cache-Control": "private, no-store" };
  try {
    const { token } = await context.params;
    const registrationId = await registrationIdForToken(token, "manage");
    if (!registrationId) return Response.json({ error: "not_found", message: "Unknown or expired link" }, { status: 404, headers });
    const result = await downloadCertificate({ registrationId });
    if (!result.ok) return refusalResponse(result, REASONS[result.reason], headers);
    return new Response(Buffer.from(result.pdf), { headers: { ...headers, "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${result.filename}"` } });
  } catch (error) {
    return errorResponse(error, headers);
  }
}
