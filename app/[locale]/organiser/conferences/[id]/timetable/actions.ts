"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction, type ActionResult } from "@/lib/action";
import { cancelSession } from "@/lib/sessions/cancel-session";
import { createSession } from "@/lib/sessions/create-session";
import { createSessionInput, editSessionInput, editToChanges, type CreateSessionInput, type EditSessionInput } from "@/lib/sessions/schema";
import { updateSession } from "@/lib/sessions/update-session";

const refresh = () => revalidatePath("/[locale]/organiser/conferences/[id]/timetable", "page");

export async function saveSessionAction(input: EditSessionInput): Promise<ActionResult<{ title: string; notified: number }>> {
  return runAction(editSessionInput, input, async (edit, user) => {
    // A drag sends only the slot (and the room it was dropped in); fields not sent stay as they are.
    const { sessionId, changes } = editToChanges(edit);
    const before = await updateSession({ sessionId, actor: { userId: user.id }, changes });
    refresh();
    return { title: before.title, notified: before.notified };
  });
}

export async function createSessionAction(input: CreateSessionInput): Promise<ActionResult<{ id: string; title: string }>> {
  return runAction(createSessionInput, input, async (data, user) => {
    const session = await createSession({ input: data, actor: { userId: user.id } });
    refresh();
    return { id: session.id, title: session.title };
  });
}

export async function cancelSessionAction(input: { sessionId: string }): Promise<ActionResult<{ notified: number }>> {
  return runAction(z.object({ sessionId: z.string().min(1).max(64) }), input, async ({ sessionId }, user) => {
    const result = await cancelSession({ sessionId, actor: { userId: user.id } });
    refresh();
    return result;
  });
}
