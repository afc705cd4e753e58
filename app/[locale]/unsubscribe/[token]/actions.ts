"use server";

import { z } from "zod";
import { redirect } from "@/i18n/navigation";
import { optOutOfBroadcasts } from "@/lib/attendees/opt-out-of-broadcasts";
import { isAppError } from "@/lib/errors";

/** The confirm button: opts out, then shows the page again with its confirmation. */
export async function optOutAction(form: FormData): Promise<void> {
  const parsed = z.object({ token: z.string().min(1).max(200), locale: z.enum(["de", "en"]) }).safeParse({ token: form.get("token"), locale: form.get("locale") });
  if (!parsed.success) return;
  const { token, locale } = parsed.data;
  let outcome: "done" | "already" | "error" = "error";
  try {
    outcome = (await optOutOfBroadcasts({ token })).already ? "already" : "done";
  } catch (error) {
    if (!isAppError(error)) throw error;
  }
  redirect({ href: `/unsubscribe/${encodeURIComponent(token)}?result=${outcome}`, locale });
}
