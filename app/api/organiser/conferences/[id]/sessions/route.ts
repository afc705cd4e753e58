import { organiserActor } from "@/lib/api-tokens/authenticate";
import { errorResponse, PRIVATE_NO_STORE, readQuery } from "@/lib/http";
import { listSessions, sessionListQuery } from "@/lib/sessions/list-sessions";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: RouteContext<"/api/organiser/conferences/[id]/sessions">) {
  try {
    const actor = await organiserActor(request);
    const { id } = await params;
    return Response.json(await listSessions({ conferenceId: id, actor, query: readQuery(request, sessionListQuery) }), { headers: PRIVATE_NO_STORE });
  } catch (error) {
    return errorResponse(error, PRIVATE_NO_STORE);
  }
}
