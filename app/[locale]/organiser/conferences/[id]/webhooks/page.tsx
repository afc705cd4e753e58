import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConferenceNav } from "@/components/organiser/conference-nav";
import { conferenceHeadingValues } from "@/components/organiser/conference-heading";
import { ScheduleExportLinks } from "@/components/organiser/webhooks/schedule-export-links";
import type { EndpointView } from "@/components/organiser/webhooks/types";
import { WebhookCreateForm } from "@/components/organiser/webhooks/webhook-create-form";
import { WebhookEndpoint } from "@/components/organiser/webhooks/webhook-endpoint";
import { redirect } from "@/i18n/navigation";
import { currentUser } from "@/lib/auth";
import { isAppError } from "@/lib/errors";
import { formatDateTime, formatZoneName } from "@/lib/format/datetime";
import { appUrl } from "@/lib/http";
import { listWebhooks, type WebhookList } from "@/lib/webhooks/queries";
import { createWebhookAction, deleteWebhookAction, resendWebhookAction, updateWebhookAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false } };

function view(list: WebhookList, locale: string): EndpointView[] {
  const zone = list.conference.timeZone;
  const at = (d: Date | null) => (d ? `${formatDateTime(d, zone, locale)} ${formatZoneName(d, zone, locale)}` : null);
  return list.endpoints.map((e) => ({
    id: e.id,
    url: e.url,
    description: e.description,
    events: e.events,
    enabled: e.enabled,
    state: e.enabled ? "active" : e.disabledReason === "failing" ? "failing" : "off",
    disabledAt: at(e.disabledAt),
    failingSince: at(e.failingSince),
    deliveryCount: e.deliveryCount,
    deliveries: e.deliveries.map((d) => ({
      id: d.id,
      type: d.type,
      at: at(d.createdAt)!,
      status: d.status,
      attempts: d.attempts,
      lastStatus: d.lastStatus,
      lastResponse: d.lastResponse,
      // A switched-off endpoint sends nothing: no "next attempt" to announce.
      nextAt: d.attempts > 0 && e.enabled ? at(d.nextAttemptAt) : null,
    })),
  }));
}

export default async function WebhooksPage({ params }: PageProps<"/[locale]/organiser/conferences/[id]/webhooks">) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await currentUser();
  if (!user) return redirect({ href: "/signin", locale });
  const t = await getTranslations("webhooks");
  const list = await listWebhooks({ conferenceId: id, actor: { userId: user.id } }).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    if (isAppError(error) && error.code === "forbidden") return null;
    throw error;
  });
  if (!list) {
    return (
      <div className="container stack">
        <ConferenceNav conferenceId={id} current="webhooks" canManage={false} />
        <h1>{t("tab")}</h1>
        <p className="notice notice--warning" role="alert">
          {t("forbidden")}
        </p>
      </div>
    );
  }
  const endpoints = view(list, locale);
  return (
    <div className="container container--wide stack">
      <ConferenceNav conferenceId={id} current="webhooks" canManage />
      <h1>{t.rich("title", conferenceHeadingValues(list.conference, locale))}</h1>
      <p className="muted prose-text">{t("intro")}</p>
      <ScheduleExportLinks baseUrl={appUrl()} slug={list.conference.slug} published={list.conference.status !== "draft"} />
      <WebhookCreateForm action={createWebhookAction.bind(null, id)} />
      <section className="stack" aria-labelledby="webhook-list-title">
        <h2 id="webhook-list-title" className="h3">
          {t("list.title")}
        </h2>
        {endpoints.length === 0 ? (
          <p className="muted">{t("list.none")}</p>
        ) : (
          endpoints.map((e) => <WebhookEndpoint key={e.id} conferenceId={id} endpoint={e} setEnabled={updateWebhookAction} remove={deleteWebhookAction} resend={resendWebhookAction} />)
        )}
      </section>
    </div>
  );
}
