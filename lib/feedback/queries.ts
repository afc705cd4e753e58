/** What the manage page's feedback section shows: the attended sessions and the person's own ratings. */
import "server-only";
import { db } from "../db";
import { attendedSessions } from "../attendees/attended-sessions";
import { registrationIdForToken } from "../registrations/link-tokens";
import { feedbackClosesAt, feedbackWindow, type FeedbackWindow } from "./rules";

export type FeedbackFormSession = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  room: string | null;
  window: FeedbackWindow;
  editableUntil: Date;
  rating: number | null;
  comment: string | null;
};

export async function feedbackFormFor(token: string, now = new Date()): Promise<{ timeZone: string; sessions: FeedbackFormSession[] } | null> {
  const registrationId = await registrationIdForToken(token, "manage");
  if (!registrationId) return null;
  const registration = await db.registration.findUnique({ where: { id: registrationId }, select: { conference: { select: { timeZone: true } } } });
  if (!registration) return null;
  const attended = await attendedSessions(db, registrationId);
  const given = new Map((await db.sessionFeedback.findMany({ where: { registrationId, sessionId: { in: attended.map((s) => s.id) } } })).map((f) => [f.sessionId, f]));
  return {
    timeZone: registration.conference.timeZone,
    sessions: attended.map((s) => ({
      id: s.id,
      title: s.title,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      room: s.room,
      window: feedbackWindow(s.endsAt, now),
      editableUntil: feedbackClosesAt(s.endsAt),
      rating: given.get(s.id)?.rating ?? null,
      comment: given.get(s.id)?.comment ?? null,
    })),
  };
}
