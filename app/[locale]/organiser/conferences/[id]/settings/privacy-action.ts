"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/action";
import { conferencePrivacySchema, type ConferencePrivacyInput } from "@/lib/privacy/schema";
import { updateConferencePrivacy } from "@/lib/privacy/update-conference-privacy";

export async function updateConferencePrivacyAction(data: ConferencePrivacyInput): Promise<ActionResult<{ changed: number }>> {
  return runAction(conferencePrivacySchema, data, async (input, user) => {
    const result = await updateConferencePrivacy({ actor: { userId: user.id }, input });
    revalidatePath("/[locale]/privacy", "page");
    return { changed: result.changed.length };
  });
}
