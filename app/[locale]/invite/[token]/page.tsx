import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AcceptInvitationForm } from "@/components/organiser/admin/accept-invitation-form";
import { Link } from "@/i18n/navigation";
import { invitationByToken } from "@/lib/hosts/queries";
import { invitationTokenInput } from "@/lib/hosts/schema";
import { acceptInvitationAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/invite/[token]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.invite" });
  return { title: t("title"), robots: { index: false }, referrer: "no-referrer" };
}

/** Where an invitation email leads: who invites to which host with which role, and the accept button. */
export default async function InvitePage({ params }: PageProps<"/[locale]/invite/[token]">) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("admin");
  const invitation = invitationTokenInput.safeParse({ token }).success ? await invitationByToken(token) : { state: "unknown" as const };
  return (
    <div className="container narrow stack">
      <h1>{t("invite.title")}</h1>
      {"hostName" in invitation && invitation.state === "open" ? (
        <div className="card stack">
          <p className="lead">{t("invite.open", { host: invitation.hostName, role: t(`roles.${invitation.role}`) })}</p>
          <p>{t("invite.as", { email: invitation.email })}</p>
          <AcceptInvitationForm token={token} action={acceptInvitationAction} />
        </div>
      ) : (
        <div className="stack">
          <p className="notice notice--warning" role="status">
            {t(`invite.${invitation.state === "open" ? "unknown" : invitation.state}`)}
          </p>
          <p>
            <Link href="/signin">{t("invite.signIn")}</Link>
          </p>
        </div>
      )}
    </div>
  );
}
