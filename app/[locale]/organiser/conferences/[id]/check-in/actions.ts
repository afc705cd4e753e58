"use server";

import { z } from "zod";
import { checkInAttendee, checkInInput, type CheckInResult } from "@/lib/attendees/check-in";
import { currentUser } from "@/lib/auth";
import { isAppError } from "@/lib/errors";

export async function checkInAction(_previous: CheckInResult | null, form: FormData): Promise<CheckInResult> {
  const user = await currentUser();
  if (!user) return { ok: false, message: "unauthenticated" };
  const parsed = checkInInput.extend({ conferenceId: z.string().min(1).max(64) }).safeParse({ conferenceId: form.get("conferenceId"), code: form.get("code"), sessionId: form.get("sessionId") });
  if (!parsed.success) return { ok: false, message: "code" };
  try {
    const { conferenceId, code, sessionId } = parsed.data;
    const result = await checkInAttendee({ conferenceId, code, sessionId, actor: { userId: user.id } });
    if (!result.ok) return { ok: false, message: "notConfirmed" };
    return { ok: true, name: result.name, already: result.alreadyCheckedIn, present: result.present, confirmed: result.confirmed, inSession: result.inSession, session: result.session };
  } catch (error) {
    if (isAppError(error)) {
      const message = { not_found: "unknown", validation: "unknownSession" }[error.code as string] ?? "forbidden";
      return { ok: false, message };
    }
    throw error;
  }
}
