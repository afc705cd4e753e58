/** Organisers shorten the retention period (never beyond six months) and add their own privacy text. */
import "server-only";
import { updateConferenceSettingsFields } from "../conferences/update-settings-fields";
import type { ConferencePrivacyInput } from "./schema";

export async function updateConferencePrivacy(options: { actor: { userId: string }; input: ConferencePrivacyInput }) {
  const { conferenceId, retentionMonths, privacyText } = options.input;
  return updateConferenceSettingsFields({
    actor: options.actor,
    conferenceId,
    data: {
      ...(retentionMonths !== undefined ? { retentionMonths } : {}),
      ...(privacyText !== undefined ? { privacyText: privacyText || null } : {}),
    },
    action: "conference.privacy",
  });
}
