/**
 * The zod field helpers every module's schema.ts uses, so create and update forms, server actions
 * and the JSON API read input the same way.
 *
 * THE RULE FOR UPDATES (issue 10): a field that is absent is unchanged; `null` — or an empty
 * string, where the field is optional text — clears it. Update schemas therefore never use
 * `.default()` and never turn a missing field into `null`: `undefined` leaves a parse as
 * `undefined`, and Prisma skips `undefined` in `data`, so the stored value stays. On create,
 * `undefined` means the column's default, which is what "not given" means there too.
 */
import { z } from "zod";

/** An id of a row (cuid), trimmed. */
export const id = z.string().trim().min(1).max(64);

/**
 * `schema`, or a way to clear it: absent → `undefined` (unchanged), `null` or "" → `null`
 * (cleared), anything else as `schema` parses it.
 */
export function clearable<T extends z.ZodType<string | null, string>>(schema: T) {
  // The outer optional() keeps the key optional in the parsed type too (a transform alone makes it required).
  return schema
    .nullish()
    .transform((v): z.output<T> | null | undefined => (v === undefined ? undefined : v === "" || v === null ? null : v))
    .optional();
}

/** Optional single- or multi-line text, trimmed and at most `max` characters; see `clearable`. */
export const optionalText = (max: number) => clearable(z.string().trim().max(max, "tooLong"));

/** A reference that may be unset (room, track): absent → unchanged, null or "" → none. */
export const optionalId = clearable(z.string().trim().max(64));

/** An optional email address, stored lower-case; absent → unchanged, null or "" → cleared. */
export const optionalEmail = clearable(
  z
    .string()
    .trim()
    .max(254, "tooLong")
    .refine((v) => v === "" || z.email().safeParse(v).success, "invalidEmail")
    .transform((v) => v.toLowerCase()),
);

/** An optional colour "#rrggbb", stored lower-case; absent → unchanged, null or "" → cleared. */
export const optionalHexColour = clearable(
  z
    .string()
    .trim()
    .toLowerCase()
    .refine((v) => v === "" || /^#[0-9a-f]{6}$/.test(v), "invalidColour"),
);

/** Only the keys whose value is not `undefined`: what a partial update actually sent. */
export function sentFields<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}
