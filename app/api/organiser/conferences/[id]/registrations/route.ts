import { organiserActor } from "@/lib/api-tokens/authenticate";
import { listRegistrations, registrationListQuery } from "@/lib/attendees/list-registrations";
import { errorResponse, PRIVATE_NO_STORE, readQuery } from "@/lib/http";

export const dynamic = "force-dynamic";

/** A page of the conference's registrations (filters and cursor in the query string). */
export async function GET(request: Request, { params }: RouteContext<"/api/organiser/conferences/[id]/registrations">) {
  try {
    const actor = await organiserActor(request);
    const { id } = await params;
    return Response.json(await listRegistrations({ conferenceId: id, actor, query: readQuery(request, registrationListQuery) }), { headers: PRIVATE_NO_STORE });
  } catch (error) {
    return errorResponse(error, PRIVATE_NO_STORE);
  }
}
