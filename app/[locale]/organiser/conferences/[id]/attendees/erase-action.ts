"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/action";
import { eraseRegistration } from "@/lib/privacy/erase-registration";
import { eraseReasonSchema, type EraseReasonInput } from "@/lib/privacy/schema";

/** An organiser erases one attendee's data on their request; the reason goes into the change log. */
export async function eraseAttendeeAction(data: EraseReasonInput): Promise<ActionResult<{ alreadyErased: boolean }>> {
  return runAction(eraseReasonSchema, data, async ({ registrationId, reason }, user) => {
    const result = await eraseRegistration({ registrationId, reason, actor: { userId: user.id } });
    revalidatePath("/[locale]/organiser/conferences/[id]/attendees", "page");
    return { alreadyErased: !result.ok };
  });
}
