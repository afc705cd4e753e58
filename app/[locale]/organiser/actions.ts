"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { currentUser } from "@/lib/auth";
import { isAppError } from "@/lib/errors";
import { retryFailedEmail, type RetryEmailResult } from "@/lib/mail/retry-email";

export async function retryEmailAction(_previous: RetryEmailResult | null, form: FormData): Promise<RetryEmailResult> {
  const user = await currentUser();
  if (!user) return { ok: false, message: "unauthenticated" };
  const parsed = z.object({ emailId: z.string().min(1).max(64) }).safeParse({ emailId: form.get("emailId") });
  if (!parsed.success) return { ok: false, message: "invalid" };
  try {
    const outcome = await retryFailedEmail({ emailId: parsed.data.emailId, actor: { userId: user.id } });
    if (!outcome.ok) return { ok: false, message: "The email's content has been deleted" };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message };
    throw error;
  }
  revalidatePath("/[locale]/organiser", "page");
  return { ok: true };
}
