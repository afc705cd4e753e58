"use server";

import { z } from "zod";
import { checkInAttendee, type CheckInResult } from "@/lib/attendees/check-in";
import { currentUser } from "@/lib/auth";
import { isAppError } from "@/lib/errors";

export async function checkInAction(_previous: CheckInResult | null, form: FormData): Promise<CheckInResult> {
  const user = await currentUser();
  if (!user) return { ok: false, message: "unauthenticated" };
  const parsed = z.object({ conferenceId: z.string().min(1).max(64), code: z.string().trim().min(1).max(40) }).safeParse({ conferenceId: form.get("conferenceId"), code: form.get("code") });
  if (!parsed.success) return { ok: false, message: "code" };
  try {
    const result = await checkInAttendee({ conferenceId: parsed.data.conferenceId, code: parsed.data.code, actor: { userId: user.id } });
    return { ok: true, ...result };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.code === "not_found" ? "unknown" : error.code === "conflict" ? "notConfirmed" : "forbidden" };
    throw error;
  }
}
