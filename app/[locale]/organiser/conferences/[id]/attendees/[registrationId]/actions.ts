"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction, type ActionResult } from "@/lib/action";
import { resendManageLink, type ResendManageLinkResult } from "@/lib/attendees/resend-manage-link";
import { updateAttendee, type UpdateAttendeeOutcome } from "@/lib/attendees/update-attendee";
import { parseAttendeeInput } from "@/lib/registrations/errors";
import { registrationUpdate } from "@/lib/registrations/schema";
import { id } from "@/lib/validation/fields";

const refresh = () => revalidatePath("/[locale]/organiser/conferences/[id]/attendees/[registrationId]", "page");

/** The registration fields are checked with the attendee's schema, their messages in the page's language. */
const updateInput = z.object({ conferenceId: id, registrationId: id, locale: z.enum(["de", "en"]), input: z.record(z.string(), z.unknown()) });

// The programme is changed through the list's actions: sessionIds is not taken here.
const attendeeUpdate = registrationUpdate.omit({ sessionIds: true });

export async function updateAttendeeAction(data: z.input<typeof updateInput>): Promise<ActionResult<UpdateAttendeeOutcome>> {
  return runAction(updateInput, data, async ({ conferenceId, registrationId, locale, input }, user) => {
    const fields = await parseAttendeeInput(attendeeUpdate, input, locale);
    const outcome = await updateAttendee({ conferenceId, registrationId, input: fields, locale, actor: { userId: user.id } });
    if (!outcome.ok) return outcome;
    refresh();
    return { ok: true, changed: Object.keys(input).length > 0 };
  });
}

export async function resendManageLinkAction(data: { conferenceId: string; registrationId: string }): Promise<ActionResult<ResendManageLinkResult>> {
  return runAction(z.object({ conferenceId: id, registrationId: id }), data, async ({ conferenceId, registrationId }, user) => {
    const result = await resendManageLink({ conferenceId, registrationId, actor: { userId: user.id } });
    if (result.ok) refresh();
    return result;
  });
}
