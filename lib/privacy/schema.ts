import { z } from "zod";

/** The reason an organiser records when erasing an attendee's data on request. */
export const eraseReasonSchema = z.object({
  registrationId: z.string().min(1).max(100),
  reason: z.string().trim().min(3).max(500),
});
export type EraseReasonInput = z.infer<typeof eraseReasonSchema>;

const line = (max: number) => z.string().trim().max(max).default("");

/** The operator of the installation (Impressum and the privacy page's controller section). */
export const operatorSettingsSchema = z.object({
  name: line(200),
  address: line(1000),
  representative: line(300),
  email: z.union([z.literal(""), z.email().max(320)]).default(""),
  phone: line(100),
  register: line(300),
  vatId: line(100),
  dpoName: line(300),
  dpoEmail: z.union([z.literal(""), z.email().max(320)]).default(""),
  dpoAddress: line(1000),
  supervisoryAuthority: line(500),
});
export type OperatorSettings = z.infer<typeof operatorSettingsSchema>;
export const OPERATOR_KEYS = Object.keys(operatorSettingsSchema.shape) as (keyof OperatorSettings)[];

/** A conference's own privacy settings. Absent means unchanged; null clears the text. */
export const conferencePrivacySchema = z.object({
  conferenceId: z.string().min(1).max(64),
  retentionMonths: z.coerce.number().int().min(1).max(6).optional(),
  privacyText: z.string().trim().max(5000).nullable().optional(),
});
export type ConferencePrivacyInput = z.infer<typeof conferencePrivacySchema>;
