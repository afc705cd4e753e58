"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction, type ActionResult } from "@/lib/action";
import { previewReminder } from "@/lib/reminders/preview-reminder";
import { removeReminder, saveReminder } from "@/lib/reminders/save-reminder";
import { removeReminderInput, reminderInput } from "@/lib/reminders/schema";

const PAGE = "/[locale]/organiser/conferences/[id]/reminders";

export async function saveReminderAction(input: z.input<typeof reminderInput>): Promise<ActionResult<{ id: string }>> {
  return runAction(reminderInput, input, async (data, user) => {
    const reminder = await saveReminder({ input: data, actor: { userId: user.id } });
    revalidatePath(PAGE, "page");
    return { id: reminder.id };
  });
}

export async function removeReminderAction(input: z.input<typeof removeReminderInput>): Promise<ActionResult> {
  return runAction(removeReminderInput, input, async (data, user) => {
    await removeReminder({ input: data, actor: { userId: user.id } });
    revalidatePath(PAGE, "page");
    return null;
  });
}

const previewInput = z.object({ conferenceId: z.string().min(1).max(64), reminderId: z.string().min(1).max(80), locale: z.enum(["de", "en"]), waitlisted: z.boolean() });

export async function previewReminderAction(input: z.input<typeof previewInput>): Promise<ActionResult<{ subject: string; html: string }>> {
  return runAction(previewInput, input, (data, user) => previewReminder({ ...data, actor: { userId: user.id } }));
}
