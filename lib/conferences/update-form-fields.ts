/** Organisers choose whether the registration form hides, offers or requires "Organisation" and "Funktion" (partial update). */
import "server-only";
import { sentFields } from "../validation/fields";
import type { FormFieldsInput } from "./schema";
import { updateConferenceSettingsFields } from "./update-settings-fields";

export async function updateFormFields(options: { actor: { userId: string }; input: FormFieldsInput }) {
  const { conferenceId, ...fields } = options.input;
  return updateConferenceSettingsFields({
    actor: options.actor,
    conferenceId,
    data: sentFields(fields),
    action: "conference.form_fields",
    shownPublicly: true,
  });
}
