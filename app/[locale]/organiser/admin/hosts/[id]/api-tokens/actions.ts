"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import type { FormState } from "@/components/organiser/admin/action-form";
import type { CreateTokenState } from "@/components/organiser/api-tokens/create-token-form";
import { formObject, runAction, type ActionFailure } from "@/lib/action";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { createApiTokenInput, revokeApiTokenInput } from "@/lib/api-tokens/schema";

type Translate = Awaited<ReturnType<typeof getTranslations<"integrations.tokens">>>;

async function translator(form: FormData) {
  return getTranslations({ locale: form.get("uiLocale") === "en" ? "en" : "de", namespace: "integrations.tokens" });
}

/** A refusal in the page's language: one line per field for invalid input, else the general reason. */
function refusal(t: Translate, failure: ActionFailure) {
  if (failure.code === "validation" && failure.fields) {
    const line = ([field, code]: [string, string]) =>
      `${t.has(`fields.${field}`) ? t(`fields.${field}` as "fields.name") : field}: ${t.has(`fieldErrors.${code}`) ? t(`fieldErrors.${code}` as "fieldErrors.invalid") : t("fieldErrors.invalid")}`;
    return { ok: false, message: t("errors.validation"), errors: Object.entries(failure.fields).map(line) };
  }
  return { ok: false, message: t(`errors.${failure.code}`) };
}

/** Creates the token; the secret comes back once, to be shown once. */
export async function createApiTokenAction(_previous: CreateTokenState, form: FormData): Promise<CreateTokenState> {
  const t = await translator(form);
  const result = await runAction(createApiTokenInput, formObject(form), (input, user) => createApiToken({ input, actor: { userId: user.id } }));
  if (!result.ok) return refusal(t, result);
  revalidatePath("/[locale]/organiser/admin/hosts/[id]/api-tokens", "page");
  return { ok: true, message: t("created", { name: String(form.get("name") ?? "").trim() }), secret: result.data.secret };
}

/**
 * Revokes, then reloads the page with ?revoked=<id>: the row turns "revoked" (its form disappears
 * with the button), so the confirmation is shown at the top of the page instead.
 */
export async function revokeApiTokenAction(_previous: FormState, form: FormData): Promise<FormState> {
  const t = await translator(form);
  const locale = form.get("uiLocale") === "en" ? "en" : "de";
  const result = await runAction(revokeApiTokenInput, formObject(form), (input, user) => revokeApiToken({ input, actor: { userId: user.id } }));
  if (!result.ok) return refusal(t, result);
  const hostId = String(form.get("hostId") ?? "");
  revalidatePath("/[locale]/organiser/admin/hosts/[id]/api-tokens", "page");
  return redirect({ href: { pathname: `/organiser/admin/hosts/${hostId}/api-tokens`, query: { revoked: String(form.get("tokenId") ?? "") } }, locale });
}
