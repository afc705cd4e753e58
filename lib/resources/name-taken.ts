import { AppError } from "../errors";

/**
 * Two organisers saving the same name at once pass the in-transaction check together; the unique
 * index then refuses the second, and that is reported like the check's own field error.
 */
export function nameTakenOnUnique(error: unknown): never {
  if ((error as { code?: string } | null)?.code === "P2002") throw new AppError("validation", "Name taken", { name: "nameTaken" });
  throw error;
}
