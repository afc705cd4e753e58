import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConferenceNav } from "@/components/organiser/conference-nav";
import { conferenceHeadingValues } from "@/components/organiser/conference-heading";
import { RoomsSection } from "@/components/organiser/resources/rooms-section";
import { SpeakersSection } from "@/components/organiser/resources/speakers-section";
import { TracksSection } from "@/components/organiser/resources/tracks-section";
import { Link, redirect } from "@/i18n/navigation";
import { currentUser } from "@/lib/auth";
import { isAppError } from "@/lib/errors";
import { loadResources } from "@/lib/resources/load-resources";
import { deleteRoomAction, deleteSpeakerAction, deleteTrackAction, moveResourceAction, saveRoomAction, saveSpeakerAction, saveTrackAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false } };

export default async function ResourcesPage({ params }: PageProps<"/[locale]/organiser/conferences/[id]/resources">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await currentUser();
  if (!user) return redirect({ href: "/signin", locale });
  const resources = await loadResources({ conferenceId: id, actor: { userId: user.id } }).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const t = await getTranslations("resources");
  return (
    <div className="container stack">
      <ConferenceNav conferenceId={id} current="resources" canManage={resources.canManage} />
      <h1>{t.rich("title", conferenceHeadingValues(resources.conference, locale))}</h1>
      {resources.canManage ? (
        <>
          <p className="muted">{t("intro")}</p>
          <RoomsSection conferenceId={id} rooms={resources.rooms} actions={{ save: saveRoomAction, remove: deleteRoomAction, move: moveResourceAction }} />
          <TracksSection conferenceId={id} tracks={resources.tracks} actions={{ save: saveTrackAction, remove: deleteTrackAction, move: moveResourceAction }} />
          <SpeakersSection conferenceId={id} speakers={resources.speakers} actions={{ save: saveSpeakerAction, remove: deleteSpeakerAction }} />
        </>
      ) : (
        <div className="notice notice--warning" role="alert">
          <p>{t("forbidden")}</p>
          <p>
            <Link href={`/organiser/conferences/${id}/timetable`}>{t("toTimetable")}</Link>
          </p>
        </div>
      )}
    </div>
  );
}
