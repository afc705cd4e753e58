"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/action";
import { formFieldsInput, type FormFieldsInput } from "@/lib/conferences/schema";
import { updateFormFields } from "@/lib/conferences/update-form-fields";

export async function updateFormFieldsAction(data: FormFieldsInput): Promise<ActionResult<{ changed: number }>> {
  return runAction(formFieldsInput, data, async (input, user) => {
    const result = await updateFormFields({ actor: { userId: user.id }, input });
    // The registration and manage pages draw the form from these settings.
    revalidatePath("/[locale]", "layout");
    return { changed: result.changed.length };
  });
}
