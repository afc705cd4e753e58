"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction, type ActionResult } from "@/lib/action";
import { cancelSession } from "@/lib/sessions/cancel-session";
import { createSession } from "@/lib/sessions/create-session";
import { createSessionInput, editSessionInput, type CreateSessionInput, type EditSessionInput } from "@/lib/sessions/schema";
import { updateSession } from "@/lib/sessions/update-session";

const refresh = () => revalidatePath("/[locale]/organiser/conferences/[id]/timetable", "page");

export async function saveSessionAction(input: EditSessionInput): Promise<ActionResult<{ title: string; notified: number }>> {
  return runAction(editSessionInput, input, async ({ sessionId, day, start, minutes, roomId, overflowToWaitlist, ...details }, user) => {
    // A drag sends only the slot; fields the form did not send stay as they are.
    const sent = Object.fromEntries(Object.entries(details).filter(([, value]) => value !== undefined));
    const before = await updateSession({ sessionId, actor: { userId: user.id }, changes: { slot: { day, start, minutes }, roomId, ...sent, overflowToWaitlist } });
    refresh();
    return { title: before.title, notified: before.notified };
  });
}

export async function createSessionAction(input: CreateSessionInput): Promise<ActionResult<{ title: string }>> {
  return runAction(createSessionInput, input, async (data, user) => {
    const session = await createSession({ input: data, actor: { userId: user.id } });
    refresh();
    return { title: session.title };
  });
}

export async function cancelSessionAction(input: { sessionId: string }): Promise<ActionResult<{ notified: number }>> {
  return runAction(z.object({ sessionId: z.string().min(1).max(64) }), input, async ({ sessionId }, user) => {
    const result = await cancelSession({ sessionId, actor: { userId: user.id } });
    refresh();
    return result;
  });
}
