"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/action";
import { updateOperatorSettings } from "@/lib/privacy/operator-settings";
import { operatorSettingsSchema } from "@/lib/privacy/schema";

export async function saveOperatorSettingsAction(data: unknown): Promise<ActionResult<{ changed: number }>> {
  return runAction(operatorSettingsSchema, data, async (input, user) => {
    const result = await updateOperatorSettings({ actor: { userId: user.id }, input });
    revalidatePath("/[locale]/impressum", "page");
    revalidatePath("/[locale]/privacy", "page");
    return { changed: result.changed.length };
  });
}
