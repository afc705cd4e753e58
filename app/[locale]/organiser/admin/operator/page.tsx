import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminNav } from "@/components/organiser/admin/admin-nav";
import { OperatorForm } from "@/components/privacy/operator-form";
import { Link, redirect } from "@/i18n/navigation";
import { currentUser } from "@/lib/auth";
import { operatorSettingsForEditing } from "@/lib/privacy/operator-settings";
import { saveOperatorSettingsAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/organiser/admin/operator">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "privacy.operator" });
  return { title: t("title"), robots: { index: false } };
}

/** Platform admins enter the operator's details for the Impressum and the privacy page. */
export default async function OperatorSettingsPage({ params }: PageProps<"/[locale]/organiser/admin/operator">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await currentUser();
  if (!user) return redirect({ href: "/signin", locale });
  const settings = await operatorSettingsForEditing(user.id);
  if (!settings) notFound();
  const t = await getTranslations("privacy.operator");
  return (
    <div className="container narrow stack">
      <AdminNav current="operator" isPlatformAdmin />
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <OperatorForm initial={settings} save={saveOperatorSettingsAction} />
      <p>
        <Link href="/impressum">{t("preview")}</Link> · <Link href="/privacy">{t("previewPrivacy")}</Link>
      </p>
    </div>
  );
}
