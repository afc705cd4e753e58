"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/action";
import { createConference } from "@/lib/conferences/create-conference";
import { createConferenceInput, type CreateConferenceInput } from "@/lib/conferences/schema";

export async function createConferenceAction(input: CreateConferenceInput): Promise<ActionResult<{ id: string }>> {
  return runAction(createConferenceInput, input, async (parsed, user) => {
    const conference = await createConference({ input: parsed, actor: { userId: user.id } });
    revalidatePath("/[locale]/organiser", "page");
    return { id: conference.id };
  });
}
