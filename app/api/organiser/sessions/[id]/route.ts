import type { z } from "zod";
import { organiserActor } from "@/lib/api-tokens/authenticate";
import { AppError } from "@/lib/errors";
import { errorResponse, readJsonBody } from "@/lib/http";
import { conflictMessage } from "@/lib/sessions/rules";
import { cancelSession } from "@/lib/sessions/cancel-session";
import { sessionChanges, updateSession, type sessionUpdatedSchema } from "@/lib/sessions/update-session";

export const dynamic = "force-dynamic";

/** Changes a session (title, slot or startsAt/endsAt, room, capacity, status) as the signed-in organiser or a write token. */
export async function PATCH(request: Request, { params }: RouteContext<"/api/organiser/sessions/[id]">) {
  try {
    const actor = await organiserActor(request);
    const { id } = await params;
    const result = await updateSession({ sessionId: id, actor, changes: sessionChanges.parse(await readJsonBody(request)) });
    // The 409 keeps its shape: the conflicts under details, as every AppError("conflict") answers.
    if (!result.ok) return errorResponse(new AppError("conflict", conflictMessage(result.conflicts), undefined, { conflicts: result.conflicts }));
    const session = result.session;
    const body: z.input<typeof sessionUpdatedSchema> = {
      id: session.id,
      title: session.title,
      startsAt: session.startsAt.toISOString(),
      endsAt: session.endsAt.toISOString(),
      revision: session.revision,
      notified: session.notified,
    };
    return Response.json(body);
  } catch (error) {
    return errorResponse(error);
  }
}

/** Cancels a session; attendees holding it get a cancelled invite. */
export async function DELETE(request: Request, { params }: RouteContext<"/api/organiser/sessions/[id]">) {
  try {
    const actor = await organiserActor(request);
    const { id } = await params;
    return Response.json(await cancelSession({ sessionId: id, actor }));
  } catch (error) {
    return errorResponse(error);
  }
}
