/** Pure rules for session feedback. */

/** Feedback can be given and changed for this many days after a session ends. */
export const FEEDBACK_EDIT_DAYS = 14;

export type FeedbackWindow = "not_ended" | "open" | "closed";

export function feedbackClosesAt(sessionEndsAt: Date): Date {
  return new Date(sessionEndsAt.getTime() + FEEDBACK_EDIT_DAYS * 864e5);
}

export function feedbackWindow(sessionEndsAt: Date, now: Date): FeedbackWindow {
  if (now.getTime() < sessionEndsAt.getTime()) return "not_ended";
  return now.getTime() < feedbackClosesAt(sessionEndsAt).getTime() ? "open" : "closed";
}

/** Ratings 1–5 as counts per star, and their mean (null without ratings). */
export function summariseRatings(ratings: number[]): { count: number; average: number | null; distribution: [number, number, number, number, number] } {
  const distribution: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  for (const r of ratings) if (r >= 1 && r <= 5) distribution[r - 1]++;
  const count = distribution.reduce((a, b) => a + b, 0);
  const sum = distribution.reduce((a, n, i) => a + n * (i + 1), 0);
  return { count, average: count ? Math.round((sum / count) * 10) / 10 : null, distribution };
}
