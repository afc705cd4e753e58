import "server-only";
import { isUniqueViolation } from "../db-retry";
import { AppError } from "../errors";

/**
 * Two organisers choosing the same address at once both pass the in-transaction check; the unique
 * index refuses the second, which is reported like the check's own field error.
 */
export function slugTakenOnUnique(error: unknown): never {
  if (isUniqueViolation(error, "slug")) throw new AppError("validation", "Slug taken", { slug: "slugTaken" });
  throw error;
}
