/**
 * An attendee rates a session they attended (manage page, `POST /api/registrations/{token}/feedback`).
 * Once per person and session: sending again changes the rating until 14 days after the session
 * ended. No audit row: the change log names registrations, and feedback is anonymous to organisers.
 */
import "server-only";
import { isUniqueViolation, writeTransaction } from "../db-retry";
import { attendedSessions } from "../attendees/attended-sessions";
import { AppError } from "../errors";
import { refuse, type Outcome, type Refusal } from "../outcome";
import { registrationIdForToken } from "../registrations/link-tokens";
import { feedbackClosesAt, feedbackWindow } from "./rules";
import type { FeedbackInput } from "./schema";

export type FeedbackRefusal = Refusal<"not_ended" | "not_attended" | "closed">;
export type FeedbackOutcome = Outcome<{ created: boolean; feedback: { sessionId: string; rating: number; comment: string | null; updatedAt: Date; editableUntil: Date } }, FeedbackRefusal>;

export async function submitFeedback(options: { token: string; input: FeedbackInput; now?: Date }): Promise<FeedbackOutcome> {
  const now = options.now ?? new Date();
  const registrationId = await registrationIdForToken(options.token, "manage");
  if (!registrationId) throw new AppError("not_found", "Registration not found");
  // Two first submissions at once: the second meets the unique row and runs again as an edit.
  for (let attempt = 1; ; attempt++) {
    try {
      return await save(registrationId, options.input, now);
    } catch (error) {
      if (attempt < 3 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}

function save(registrationId: string, input: FeedbackInput, now: Date): Promise<FeedbackOutcome> {
  return writeTransaction(async (tx): Promise<FeedbackOutcome> => {
    const attended = (await attendedSessions(tx, registrationId)).find((s) => s.id === input.sessionId);
    const registration = await tx.registration.findUniqueOrThrow({ where: { id: registrationId }, select: { conferenceId: true } });
    const session = await tx.session.findFirst({ where: { id: input.sessionId, conferenceId: registration.conferenceId }, select: { endsAt: true } });
    if (session && feedbackWindow(session.endsAt, now) === "not_ended") return refuse("not_ended");
    if (!attended) return refuse("not_attended");
    if (feedbackWindow(attended.endsAt, now) === "closed") return refuse("closed");
    const key = { registrationId_sessionId: { registrationId, sessionId: attended.id } };
    const existing = await tx.sessionFeedback.findUnique({ where: key, select: { id: true } });
    // A comment left out is unchanged; null or "" clears it (the house rule for updates).
    const data = { rating: input.rating, comment: input.comment, updatedAt: now };
    const row = existing
      ? await tx.sessionFeedback.update({ where: key, data })
      : await tx.sessionFeedback.create({ data: { registrationId, sessionId: attended.id, ...data, createdAt: now } });
    return { ok: true, created: !existing, feedback: { sessionId: row.sessionId, rating: row.rating, comment: row.comment, updatedAt: row.updatedAt, editableUntil: feedbackClosesAt(attended.endsAt) } };
  });
}
