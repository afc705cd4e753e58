/** Organisers turn certificates on or off for a conference and set the signatory text (partial update). */
import "server-only";
import { updateConferenceSettingsFields } from "../conferences/update-settings-fields";
import { sentFields } from "../validation/fields";
import type { CertificateSettingsInput } from "./schema";

export async function updateCertificateSettings(options: { actor: { userId: string }; input: CertificateSettingsInput }) {
  const { conferenceId, ...fields } = options.input;
  return updateConferenceSettingsFields({
    actor: options.actor,
    conferenceId,
    data: sentFields(fields),
    action: "conference.certificates",
  });
}
