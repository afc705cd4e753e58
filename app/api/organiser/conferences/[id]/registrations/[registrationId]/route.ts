import { organiserActor } from "@/lib/api-tokens/authenticate";
import { getRegistration } from "@/lib/attendees/get-registration";
import { errorResponse, PRIVATE_NO_STORE } from "@/lib/http";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: RouteContext<"/api/organiser/conferences/[id]/registrations/[registrationId]">) {
  try {
    const actor = await organiserActor(request);
    const { id, registrationId } = await params;
    return Response.json(await getRegistration({ conferenceId: id, registrationId, actor }), { headers: PRIVATE_NO_STORE });
  } catch (error) {
    return errorResponse(error, PRIVATE_NO_STORE);
  }
}
