"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction, type ActionResult } from "@/lib/action";
import { addAttendee } from "@/lib/attendees/add-attendee";
import { cancelAttendee } from "@/lib/attendees/cancel-attendee";
import { promoteAttendee, type PromoteAttendeeRefusal } from "@/lib/attendees/promote-attendee";
import type { Outcome } from "@/lib/outcome";
import { id } from "@/lib/validation/fields";

const refresh = () => revalidatePath("/[locale]/organiser/conferences/[id]/attendees", "page");

/** The registration fields are validated by the use case, which answers in the attendee's language. */
const addInput = z.object({ conferenceId: id, locale: z.enum(["de", "en"]), input: z.record(z.string(), z.unknown()) });

export async function addAttendeeAction(data: z.input<typeof addInput>): Promise<ActionResult<{ name: string; existing: boolean; status: "confirmed" | "waitlisted" }>> {
  return runAction(addInput, data, async ({ conferenceId, locale, input }, user) => {
    const result = await addAttendee({ conferenceId, input, locale, actor: { userId: user.id } });
    refresh();
    return { name: typeof input.name === "string" ? input.name.trim() : "", existing: result.kind === "existing", status: result.registration.status };
  });
}

export async function cancelAttendeeAction(data: { registrationId: string }): Promise<ActionResult<{ alreadyCancelled: boolean }>> {
  return runAction(z.object({ registrationId: id }), data, async ({ registrationId }, user) => {
    const result = await cancelAttendee({ registrationId, actor: { userId: user.id } });
    refresh();
    return { alreadyCancelled: result.alreadyCancelled };
  });
}

export async function promoteAttendeeAction(data: { registrationId: string; sessionId?: string | null }): Promise<ActionResult<Outcome<{ promoted: number }, PromoteAttendeeRefusal>>> {
  return runAction(z.object({ registrationId: id, sessionId: id.nullish() }), data, async ({ registrationId, sessionId }, user) => {
    const result = await promoteAttendee({ registrationId, sessionId: sessionId ?? undefined, actor: { userId: user.id } });
    if (!result.ok) return result;
    refresh();
    return { ok: true, promoted: result.promoted.length };
  });
}
