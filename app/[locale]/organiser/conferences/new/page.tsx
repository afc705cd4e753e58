import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { NewConferenceForm } from "@/components/organiser/settings/new-conference-form";
import { Link, redirect } from "@/i18n/navigation";
import { currentUser } from "@/lib/auth";
import { hostsForNewConference } from "@/lib/conferences/create-conference";
import { timeZoneChoices } from "@/lib/conferences/time-zones";
import { createConferenceAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false } };

export default async function NewConferencePage({ params }: PageProps<"/[locale]/organiser/conferences/new">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await currentUser();
  if (!user) return redirect({ href: "/signin", locale });
  const t = await getTranslations("settings.new");
  const tn = await getTranslations("organiser.nav");
  const hosts = await hostsForNewConference(user.id);
  const initial = {
    title: "",
    subtitle: "",
    slug: "",
    description: "",
    titleEn: "",
    subtitleEn: "",
    descriptionEn: "",
    venueName: "",
    venueAddress: "",
    timeZone: "Europe/Berlin",
    firstDay: "",
    startTime: "09:00",
    lastDay: "",
    endTime: "17:00",
    registrationOpensAt: "",
    registrationClosesAt: "",
    capacity: "",
    contactEmail: "",
    titleDative: "",
  };
  return (
    <div className="container stack">
      <p>
        <Link href="/organiser">← {tn("workspace")}</Link>
      </p>
      <h1>{t("title")}</h1>
      {hosts.length === 0 ? (
        <p className="notice notice--warning" role="alert">
          {t("noHosts")}
        </p>
      ) : (
        <>
          <p className="muted">{t("intro")}</p>
          <div className="card">
            <NewConferenceForm initial={initial} timeZones={timeZoneChoices()} hosts={hosts} action={createConferenceAction} />
          </div>
        </>
      )}
    </div>
  );
}
