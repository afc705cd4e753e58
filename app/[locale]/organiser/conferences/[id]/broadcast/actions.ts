"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/action";
import { broadcastInput, sendBroadcast, type BroadcastInput } from "@/lib/attendees/send-broadcast";
import { sendBroadcastTest } from "@/lib/attendees/send-broadcast-test";

export async function sendBroadcastAction(input: BroadcastInput): Promise<ActionResult<{ sent: number; skipped: number }>> {
  return runAction(broadcastInput, input, async (data, user) => {
    const result = await sendBroadcast({ input: data, actor: { userId: user.id } });
    revalidatePath("/[locale]/organiser/conferences/[id]/broadcast", "page");
    return result;
  });
}

export async function sendBroadcastTestAction(input: BroadcastInput): Promise<ActionResult<{ to: string }>> {
  return runAction(broadcastInput, input, (data, user) => sendBroadcastTest({ input: data, actor: { userId: user.id } }));
}
