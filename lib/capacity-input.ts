/**
 * A capacity as organisers type it: empty or null means unlimited (null), absent means unchanged
 * (undefined, see lib/validation/fields.ts), otherwise a whole number within bounds. Accepts
 * numbers (JSON) and strings (forms); the error code is translated by the forms.
 */
import { z } from "zod";

export function capacityInput(bounds: { min: number; max: number }) {
  return z
    .union([z.number(), z.string()])
    .nullish()
    .transform((v, ctx) => {
      if (v === undefined) return undefined;
      if (v === null || (typeof v === "string" && v.trim() === "")) return null;
      const n = Number(v);
      if (!Number.isInteger(n) || n < bounds.min || n > bounds.max) {
        ctx.addIssue({ code: "custom", message: "invalidCapacity" });
        return z.NEVER;
      }
      return n;
    })
    .optional(); // absent stays optional in the parsed type (a transform alone makes the key required)
}
