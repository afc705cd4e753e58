import { z } from "zod";
import { id, optionalText } from "../validation/fields";

/** One rating for one attended session; sending it again changes it (within the edit window). */
export const feedbackInput = z.object({
  sessionId: id,
  rating: z.number("required").int("rating").min(1, "rating").max(5, "rating"),
  comment: optionalText(2000),
});
export type FeedbackInput = z.output<typeof feedbackInput>;

/** The API's answer (POST /api/registrations/{token}/feedback); the route's body is typed against it. */
export const feedbackStoredSchema = z.object({
  sessionId: z.string(),
  rating: z.number().int().min(1).max(5),
  comment: z.string().nullable(),
  updatedAt: z.iso.datetime(),
  editableUntil: z.iso.datetime(),
  created: z.boolean(),
});
