import type { z } from "zod";
import { checkInAttendee, checkInInput, type checkInResultSchema } from "@/lib/attendees/check-in";
import { organiserActor } from "@/lib/api-tokens/authenticate";
import { errorResponse, readJsonBody, refusalResponse } from "@/lib/http";

export const dynamic = "force-dynamic";

/**
 * Checks an attendee in by code as the signed-in organiser, at the entrance or (with `sessionId`)
 * at a session's door: the same use case as the check-in page.
 */
export async function POST(request: Request, { params }: RouteContext<"/api/organiser/conferences/[id]/check-ins">) {
  try {
    const actor = await organiserActor(request);
    const { id } = await params;
    const input = checkInInput.parse(await readJsonBody(request));
    const result = await checkInAttendee({ conferenceId: id, code: input.code, sessionId: input.sessionId, actor });
    if (!result.ok) return refusalResponse(result, `This registration is ${result.status}`);
    const body: z.input<typeof checkInResultSchema> = {
      registrationId: result.registrationId,
      name: result.name,
      ...(result.sessionId ? { sessionId: result.sessionId } : {}),
      checkedInAt: result.checkedInAt.toISOString(),
      alreadyCheckedIn: result.alreadyCheckedIn,
    };
    return Response.json(body);
  } catch (error) {
    return errorResponse(error);
  }
}
