import { z } from "zod";
import { id } from "../validation/fields";

/**
 * Which badges to print. Default: every confirmed attendee. `since: "last"`: those whose badge
 * was never printed; `since: <date or ISO time>`: those confirmed since then; `registrationId`:
 * one person (a reprint).
 */
export const badgeQuerySchema = z.object({
  conferenceId: id,
  layout: z.enum(["sheet", "single"], "invalidLayout").default("sheet"),
  since: z.union([z.literal("last"), z.iso.datetime({ offset: true }), z.iso.date()], "invalidSince").optional(),
  registrationId: id.optional(),
  locale: z.enum(["de", "en"]).default("de"),
});
export type BadgeQuery = z.infer<typeof badgeQuerySchema>;
