import type { z } from "zod";
import { submitFeedback } from "@/lib/feedback/submit-feedback";
import { feedbackInput, type feedbackStoredSchema } from "@/lib/feedback/schema";
import { errorResponse, readJsonBody, refusalResponse } from "@/lib/http";

export const dynamic = "force-dynamic";

const REASONS = {
  not_ended: "The session has not ended yet",
  not_attended: "Feedback is only for sessions you attended",
  closed: "Feedback for this session closed 14 days after it ended",
} as const;

/** Rates an attended session (1–5, optional comment); sending again changes it for 14 days after the session. */
export async function POST(request: Request, { params }: RouteContext<"/api/registrations/[token]/feedback">) {
  try {
    const { token } = await params;
    const input = feedbackInput.parse(await readJsonBody(request));
    const result = await submitFeedback({ token, input });
    if (!result.ok) return refusalResponse(result, REASONS[result.reason]);
    const f = result.feedback;
    const body: z.input<typeof feedbackStoredSchema> = {
      sessionId: f.sessionId,
      rating: f.rating,
      comment: f.comment,
      updatedAt: f.updatedAt.toISOString(),
      editableUntil: f.editableUntil.toISOString(),
      created: result.created,
    };
    return Response.json(body);
  } catch (error) {
    return errorResponse(error);
  }
}
