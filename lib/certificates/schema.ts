import { z } from "zod";
import { id, optionalText } from "../validation/fields";

/** Certificate settings of a conference. Absent means unchanged; null or "" clears the signatory. */
export const certificateSettingsSchema = z.object({
  conferenceId: id,
  certificatesEnabled: z.boolean().optional(),
  certificateSignatory: optionalText(500),
});
export type CertificateSettingsInput = z.infer<typeof certificateSettingsSchema>;

/** An organiser issues a certificate by hand for someone whose check-in was missed. */
export const issueCertificateSchema = z.object({ conferenceId: id, registrationId: id });
export type IssueCertificateInput = z.infer<typeof issueCertificateSchema>;
