import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CheckInForm } from "@/components/organiser/check-in-form";
import { Link, redirect } from "@/i18n/navigation";
import { checkInStatus } from "@/lib/attendees/check-in";
import { currentUser } from "@/lib/auth";
import { isAppError } from "@/lib/errors";
import { checkInAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false } };

export default async function CheckInPage({ params }: PageProps<"/[locale]/organiser/conferences/[id]/check-in">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await currentUser();
  if (!user) return redirect({ href: "/signin", locale });
  const status = await checkInStatus({ conferenceId: id, actor: { userId: user.id } }).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const t = await getTranslations("organiser.checkIn");
  return (
    <div className="container narrow stack">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href={`/organiser/conferences/${id}/attendees`}>← {status.title}</Link>
      </nav>
      <h1>{t("title")}</h1>
      <p className="muted">{t("hint")}</p>
      <CheckInForm conferenceId={id} action={checkInAction} present={status.present} confirmed={status.confirmed} />
    </div>
  );
}
