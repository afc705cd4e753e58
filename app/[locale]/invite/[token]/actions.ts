"use server";

import { cookies } from "next/headers";
import { redirect } from "@/i18n/navigation";
import { sessionCookie } from "@/lib/auth";
import { acceptInvitation, type AcceptState } from "@/lib/hosts/accept-invitation";
import { invitationTokenInput } from "@/lib/hosts/schema";


/** Accepts the invitation, signs the person in (next-auth's database-session cookie) and opens the workspace. */
export async function acceptInvitationAction(_previous: AcceptState, form: FormData): Promise<AcceptState> {
  const locale = form.get("uiLocale") === "en" ? "en" : "de";
  const parsed = invitationTokenInput.safeParse({ token: form.get("token") });
  if (!parsed.success) return { reason: "unknown" };
  const result = await acceptInvitation({ token: parsed.data.token, locale });
  if (!result.ok) return { reason: result.reason };
  const cookie = sessionCookie();
  (await cookies()).set(cookie.name, result.sessionToken, { httpOnly: true, sameSite: "lax", path: "/", secure: cookie.secure, expires: result.sessionExpires });
  return redirect({ href: "/organiser", locale });
}
