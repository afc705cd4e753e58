import type { z } from "zod";

/**
 * A use case called the way its server action or route calls it: the raw input parsed with the
 * module's schema first (a ZodError for invalid input), then the typed input handed over.
 */
export function parsed<S extends z.ZodType, O extends { input: z.output<S> }, R>(schema: S, useCase: (options: O) => Promise<R>) {
  // async: invalid input rejects, as the use case's own parse used to.
  return async (options: Omit<O, "input"> & { input: unknown }): Promise<R> => useCase({ ...options, input: schema.parse(options.input) } as O);
}

/** A use case's typed outcome when the test expects it to go through: its `ok: true` side, or an error naming the refusal. */
export function accepted<O extends { ok: boolean }>(outcome: O): Extract<O, { ok: true }> {
  if (!outcome.ok) throw new Error(`refused: ${JSON.stringify(outcome)}`);
  return outcome as Extract<O, { ok: true }>;
}
