import { z } from "zod";
import { id, optionalText } from "../validation/fields";

/** One rating for one attended session; sending it again changes it (within the edit window). */
export const feedbackInput = z.object({
  sessionId: id,
  rating: z.number("required").int("rating").min(1, "rating").max(5, "rating"),
  comment: optionalText(2000),
});
export type FeedbackInput = z.output<typeof feedbackInput>;
