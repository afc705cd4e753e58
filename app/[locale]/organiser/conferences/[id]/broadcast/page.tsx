import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BroadcastForm } from "@/components/organiser/broadcast-form";
import { ConferenceNav } from "@/components/organiser/conference-nav";
import { conferenceHeadingValues } from "@/components/organiser/conference-heading";
import { redirect } from "@/i18n/navigation";
import { broadcastAudience } from "@/lib/attendees/broadcast-audience";
import { currentUser } from "@/lib/auth";
import { conferenceTitleValues } from "@/lib/conferences/title-phrases";
import { isAppError } from "@/lib/errors";
import { localizedText } from "@/lib/localized";
import { sendBroadcastAction, sendBroadcastTestAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false } };

export default async function BroadcastPage({ params, searchParams }: PageProps<"/[locale]/organiser/conferences/[id]/broadcast">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await currentUser();
  if (!user) return redirect({ href: "/signin", locale });
  const t = await getTranslations("organiser.broadcast");
  const result = await broadcastAudience({ conferenceId: id, actor: { userId: user.id } }).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    if (isAppError(error) && error.code === "forbidden") return null;
    throw error;
  });
  if (!result) {
    return (
      <div className="container stack">
        <ConferenceNav conferenceId={id} current="broadcast" canManage={false} />
        <h1>{(await getTranslations("organiser.nav"))("broadcast")}</h1>
        <p className="notice notice--warning" role="alert">
          {t("forbidden")}
        </p>
      </div>
    );
  }
  const tm = await getTranslations("mail");
  const requested = (await searchParams).session;
  const preselected = typeof requested === "string" && result.audience.some((a) => a.sessionId === requested) ? requested : null;
  return (
    <div className="container container--wide stack">
      <ConferenceNav conferenceId={id} current="broadcast" canManage={result.access.level === "manage"} canMessage />
      <h1>{t.rich("title", conferenceHeadingValues(result.conference, locale))}</h1>
      <p className="muted">{t("intro")}</p>
      {result.audience.length === 0 ? (
        <p className="notice">{t("noAudience")}</p>
      ) : (
        <BroadcastForm
          conferenceId={id}
          audience={result.audience}
          preselected={preselected}
          mail={{
            greeting: tm("greeting", { name: t("previewName") }),
            from: tm("broadcast.from", { sender: user.name ?? user.email }),
            // As the mail names the conference to a reader of this language (English title where one is entered).
            unsubscribe: tm("broadcast.unsubscribe", conferenceTitleValues({ ...result.conference, title: localizedText(result.conference.title, result.conference.titleEn, locale) })),
            unsubscribeLink: tm("broadcast.unsubscribeLink"),
          }}
          action={sendBroadcastAction}
          testAction={sendBroadcastTestAction}
        />
      )}
    </div>
  );
}
