import { badgeQuerySchema } from "@/lib/badges/schema";
import { printBadges } from "@/lib/badges/print-badges";
import { organiserActor } from "@/lib/api-tokens/authenticate";
import { errorResponse } from "@/lib/http";

export const dynamic = "force-dynamic";

/** Name badges as PDF: ?layout=sheet|single, ?since=last|<ISO date or time>, ?registration=<id>, ?locale=de|en. */
export async function GET(request: Request, { params }: RouteContext<"/api/organiser/conferences/[id]/badges.pdf">) {
  const headers = { "Cache-Control": "private, no-store" };
  try {
    const actor = await organiserActor(request);
    const { id } = await params;
    const query = new URL(request.url).searchParams;
    // An empty field from a form means "not given".
    const param = (name: string) => query.get(name) || undefined;
    const input = badgeQuerySchema.parse({ conferenceId: id, layout: param("layout"), since: param("since"), registrationId: param("registration"), locale: param("locale") });
    const result = await printBadges({ input, actor });
    return new Response(Buffer.from(result.pdf), {
      headers: { ...headers, "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${result.filename}"`, "X-Badge-Count": String(result.count) },
    });
  } catch (error) {
    return errorResponse(error, headers);
  }
}
