/**
 * Expected refusals of a use case ("the room still holds sessions") are returned, not thrown: a
 * discriminated union the caller switches on by `reason`, with typed details. AppError stays for
 * the unexpected (not found, forbidden, invalid input the schema should have caught).
 */
export type Refusal<R extends string, D extends object = Record<never, never>> = { ok: false; reason: R } & D;

/** A use case's result: its data with `ok: true`, or one of its refusals. */
export type Outcome<T extends object, F extends Refusal<string, object>> = ({ ok: true } & T) | F;

export function refuse<R extends string, D extends object = Record<never, never>>(reason: R, details?: D): Refusal<R, D> {
  return { ok: false, reason, ...(details as D) };
}

/** Carries a refusal out of a transaction callback, so that the transaction rolls back. */
class RolledBack extends Error {}

/**
 * For refusals inside a transaction that writes: `work` gets a `rollBack` that throws (so
 * writeTransaction rolls back, its afterCommit hooks such as dropping cached pages never run), and
 * the refusal comes back as the result here. Outside a transaction, or in one that only reads, a
 * use case simply returns its refusal.
 */
export async function refusalsOf<T, F extends Refusal<string, object>>(work: (rollBack: (refusal: F) => never) => Promise<T>): Promise<T | F> {
  let refused: F | null = null;
  const rollBack = (refusal: F): never => {
    refused = refusal;
    throw new RolledBack(`refused: ${refusal.reason}`);
  };
  try {
    return await work(rollBack);
  } catch (error) {
    if (error instanceof RolledBack && refused) return refused;
    throw error;
  }
}
