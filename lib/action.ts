/**
 * The one wrapper for organiser server actions: signed-in user, zod parsing, and expected
 * failures (AppError, zod) turned into a result the form can show — field errors, a code the UI
 * translates, and details such as schedule conflicts. Anything else is a bug: logged, then hidden.
 */
import "server-only";
import { ZodError, type z } from "zod";
import { currentUser, type SignedInUser } from "./auth";
import { AppError, type AppErrorCode, type FieldErrors } from "./errors";
import { fieldErrorsFromZod } from "./http";

export type ActionFailure = { ok: false; code: AppErrorCode | "internal"; message: string; fields?: FieldErrors; details?: Record<string, unknown> };
export type ActionResult<T = null> = { ok: true; data: T } | ActionFailure;

export async function runAction<S extends z.ZodType, T>(schema: S, input: unknown, work: (data: z.output<S>, user: SignedInUser) => Promise<T>): Promise<ActionResult<T>> {
  try {
    const user = await currentUser();
    if (!user) throw new AppError("unauthenticated", "Please sign in again");
    const parsed = schema.safeParse(input);
    if (!parsed.success) return { ok: false, code: "validation", message: "Please check the highlighted fields", fields: fieldErrorsFromZod(parsed.error) };
    return { ok: true, data: await work(parsed.data, user) };
  } catch (error) {
    return actionFailure(error);
  }
}

export function actionFailure(error: unknown): ActionFailure {
  if (error instanceof ZodError) return { ok: false, code: "validation", message: "Please check the highlighted fields", fields: fieldErrorsFromZod(error) };
  if (error instanceof AppError) return { ok: false, code: error.code, message: error.message, fields: error.fields, details: error.details };
  console.error(error);
  return { ok: false, code: "internal", message: "Internal error" };
}

/** FormData as a plain object for zod; repeated names become arrays. */
export function formObject(form: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string") continue;
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}
