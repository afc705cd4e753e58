"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction, type ActionResult } from "@/lib/action";
import { resendManageLink } from "@/lib/attendees/resend-manage-link";
import { updateAttendee } from "@/lib/attendees/update-attendee";
import { id } from "@/lib/validation/fields";

const refresh = () => revalidatePath("/[locale]/organiser/conferences/[id]/attendees/[registrationId]", "page");

/** The registration fields are validated by the use case (lib/registrations/schema.ts), in the page's language. */
const updateInput = z.object({ conferenceId: id, registrationId: id, locale: z.enum(["de", "en"]), input: z.record(z.string(), z.unknown()) });

export async function updateAttendeeAction(data: z.input<typeof updateInput>): Promise<ActionResult<{ changed: boolean }>> {
  return runAction(updateInput, data, async ({ conferenceId, registrationId, locale, input }, user) => {
    await updateAttendee({ conferenceId, registrationId, input, locale, actor: { userId: user.id } });
    refresh();
    return { changed: Object.keys(input).length > 0 };
  });
}

export async function resendManageLinkAction(data: { conferenceId: string; registrationId: string }): Promise<ActionResult<{ to: string }>> {
  return runAction(z.object({ conferenceId: id, registrationId: id }), data, async ({ conferenceId, registrationId }, user) => {
    const result = await resendManageLink({ conferenceId, registrationId, actor: { userId: user.id } });
    refresh();
    return result;
  });
}
