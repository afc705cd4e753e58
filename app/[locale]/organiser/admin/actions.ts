"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import type { FormState } from "@/components/organiser/admin/action-form";
import { createHost } from "@/lib/admin/create-host";
import { setPlatformAdmin } from "@/lib/admin/set-platform-admin";
import { updateHost } from "@/lib/admin/update-host";
import { formObject, runAction } from "@/lib/action";
import type { SignedInUser } from "@/lib/auth";
import { changeMemberRole } from "@/lib/hosts/change-member-role";
import { inviteMember } from "@/lib/hosts/invite-member";
import { removeMember } from "@/lib/hosts/remove-member";
import { resendInvitation } from "@/lib/hosts/resend-invitation";
import { revokeInvitation } from "@/lib/hosts/revoke-invitation";
import { changeMemberRoleInput, createHostInput, invitationIdInput, inviteMemberInput, removeMemberInput, setPlatformAdminInput, updateHostInput } from "@/lib/hosts/schema";

type Translate = Awaited<ReturnType<typeof getTranslations<"admin">>>;

/** Parses the form with the use case's schema, runs it as the signed-in user, and words the outcome in the page's language. */
async function run<S extends z.ZodType>(schema: S, form: FormData, work: (input: z.output<S>, user: SignedInUser, t: Translate, locale: "de" | "en") => Promise<FormState>): Promise<FormState> {
  const locale = form.get("uiLocale") === "en" ? "en" : "de";
  const t = await getTranslations({ locale, namespace: "admin" });
  const result = await runAction(schema, formObject(form), (input, user) => work(input, user, t, locale));
  if (result.ok) {
    revalidatePath("/[locale]/organiser", "layout");
    return result.data;
  }
  if (result.code === "validation" && result.fields) {
    const line = ([field, code]: [string, string]) => `${t.has(`fields.${field}`) ? t(`fields.${field}` as "fields.name") : field}: ${t.has(`fieldErrors.${code}`) ? t(`fieldErrors.${code}` as "fieldErrors.invalid") : t("fieldErrors.invalid")}`;
    return { ok: false, message: t("errors.validation"), errors: Object.entries(result.fields).map(line) };
  }
  return { ok: false, message: t(`errors.${result.code}`) };
}

const refused = (t: Translate, reason: "slug_taken" | "last_owner" | "last_admin" | "already_member" | "accepted" | "revoked"): FormState => ({ ok: false, message: t(`errors.${reason}`) });

export async function createHostAction(_previous: FormState, form: FormData): Promise<FormState> {
  return run(createHostInput, form, async (input, user, t) => {
    const result = await createHost({ input, actor: { userId: user.id } });
    return result.ok ? { ok: true, message: t("hosts.created", { host: input.shortName }) } : refused(t, result.reason);
  });
}

export async function updateHostAction(_previous: FormState, form: FormData): Promise<FormState> {
  return run(updateHostInput, form, async (input, user, t) => {
    const result = await updateHost({ input, actor: { userId: user.id } });
    if (!result.ok) return refused(t, result.reason);
    return { ok: true, message: result.changed.length ? t("host.saved") : t("host.unchanged") };
  });
}

export async function setPlatformAdminAction(_previous: FormState, form: FormData): Promise<FormState> {
  return run(setPlatformAdminInput, form, async (input, user, t) => {
    const result = await setPlatformAdmin({ input, actor: { userId: user.id } });
    if (!result.ok) return refused(t, result.reason);
    return { ok: true, message: !result.changed ? t("users.unchanged") : input.admin ? t("users.granted", { email: result.email }) : t("users.revokedDone", { email: result.email }) };
  });
}

export async function inviteMemberAction(_previous: FormState, form: FormData): Promise<FormState> {
  return run(inviteMemberInput, form, async (input, user, t) => {
    const result = await inviteMember({ input, actor: { userId: user.id } });
    return result.ok ? { ok: true, message: t("host.invited", { email: input.email }) } : refused(t, result.reason);
  });
}

export async function resendInvitationAction(_previous: FormState, form: FormData): Promise<FormState> {
  return run(invitationIdInput, form, async (input, user, t, locale) => {
    const result = await resendInvitation({ input: { ...input, locale }, actor: { userId: user.id } });
    return result.ok ? { ok: true, message: t("host.resent", { email: result.email }) } : refused(t, result.reason);
  });
}

export async function revokeInvitationAction(_previous: FormState, form: FormData): Promise<FormState> {
  return run(invitationIdInput, form, async (input, user, t) => {
    const result = await revokeInvitation({ input, actor: { userId: user.id } });
    return result.ok ? { ok: true, message: t("host.revoked", { email: result.email }) } : refused(t, result.reason);
  });
}

export async function changeMemberRoleAction(_previous: FormState, form: FormData): Promise<FormState> {
  return run(changeMemberRoleInput, form, async (input, user, t) => {
    const result = await changeMemberRole({ input, actor: { userId: user.id } });
    if (!result.ok) return refused(t, result.reason);
    return { ok: true, message: result.changed ? t("host.roleChanged", { email: result.email }) : t("host.roleUnchanged") };
  });
}

export async function removeMemberAction(_previous: FormState, form: FormData): Promise<FormState> {
  return run(removeMemberInput, form, async (input, user, t) => {
    const result = await removeMember({ input, actor: { userId: user.id } });
    return result.ok ? { ok: true, message: t("host.removed", { email: result.email }) } : refused(t, result.reason);
  });
}
