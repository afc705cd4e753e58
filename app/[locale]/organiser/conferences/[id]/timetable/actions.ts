"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction, type ActionResult } from "@/lib/action";
import type { Outcome } from "@/lib/outcome";
import type { ScheduleRefusal } from "@/lib/sessions/rules";
import { cancelSession } from "@/lib/sessions/cancel-session";
import { createSession } from "@/lib/sessions/create-session";
import { createSessionInput, editSessionInput, editToChanges, type CreateSessionInput, type EditSessionInput } from "@/lib/sessions/schema";
import { updateSession } from "@/lib/sessions/update-session";

const refresh = () => revalidatePath("/[locale]/organiser/conferences/[id]/timetable", "page");

export async function saveSessionAction(input: EditSessionInput): Promise<ActionResult<Outcome<{ title: string; notified: number }, ScheduleRefusal>>> {
  return runAction(editSessionInput, input, async (edit, user) => {
    // A drag sends only the slot (and the room it was dropped in); fields not sent stay as they are.
    const { sessionId, changes } = editToChanges(edit);
    const result = await updateSession({ sessionId, actor: { userId: user.id }, changes });
    if (!result.ok) return result;
    refresh();
    return { ok: true, title: result.session.title, notified: result.session.notified };
  });
}

export async function createSessionAction(input: CreateSessionInput): Promise<ActionResult<Outcome<{ id: string; title: string }, ScheduleRefusal>>> {
  return runAction(createSessionInput, input, async (data, user) => {
    const result = await createSession({ input: data, actor: { userId: user.id } });
    if (!result.ok) return result;
    refresh();
    return { ok: true, id: result.session.id, title: result.session.title };
  });
}

export async function cancelSessionAction(input: { sessionId: string }): Promise<ActionResult<{ notified: number }>> {
  return runAction(z.object({ sessionId: z.string().min(1).max(64) }), input, async ({ sessionId }, user) => {
    const result = await cancelSession({ sessionId, actor: { userId: user.id } });
    refresh();
    return result;
  });
}
