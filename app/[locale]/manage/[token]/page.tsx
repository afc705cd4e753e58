import { pickLocalized } from "@/lib/localized";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RevokeOtherLinks, ThisManageLink } from "@/components/registration/link-controls";
import { CancelRegistration, ManageSessions } from "@/components/registration/manage-actions";
import { ManageCertificate } from "@/components/certificates/manage-certificate";
import { MyData } from "@/components/privacy/my-data";
import { ManageConfirmation } from "@/components/registration/manage-confirmation";
import { ManageDetails } from "@/components/registration/manage-details";
import { RememberMySessions } from "@/components/registration/remember-my-sessions";
import { SessionFeedbackSection } from "@/components/registration/session-feedback-section";
import { Link } from "@/i18n/navigation";
import { conferenceTitleValues } from "@/lib/conferences/title-phrases";
import { agendaIcsDataUrl, checkInQrDataUrl } from "@/lib/registrations/confirmation";
import { certificateAvailability } from "@/lib/certificates/queries";
import { registrationFormData } from "@/lib/registrations/form-data";
import { manageUrl } from "@/lib/registrations/payloads";
import { findRegistrationByToken, registrationView } from "@/lib/registrations/queries";
import { registrationWindow } from "@/lib/registrations/rules";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { robots: { index: false }, referrer: "no-referrer" };

export default async function ManagePage({ params, searchParams }: PageProps<"/[locale]/manage/[token]">) {
  const { locale, token } = await params;
  // ?welcome=1: the registration form's redirect; a reload keeps the thanks.
  const welcome = (await searchParams).welcome === "1";
  setRequestLocale(locale);
  const t = await getTranslations("registration");
  const tp = await getTranslations("privacy.myData");
  const tl = await getTranslations("links");
  const registration = await findRegistrationByToken(token);
  if (!registration) {
    return (
      <div className="container narrow stack">
        <h1>{t("manage.title")}</h1>
        <div className="notice notice--warning">{t("manage.notFound")}</div>
        <p>
          <Link className="button" href="/manage-link">
            {t("lostLink.title")}
          </Link>
        </p>
      </div>
    );
  }
  const view = await registrationView(registration, locale);
  // The conference's title in the page's language (English where entered; the German one marked lang="de").
  const title = pickLocalized(registration.conference.title, registration.conference.titleEn, locale);
  const c = { ...registration.conference, title: title.text, titleDative: locale === "de" ? registration.conference.titleDative : null };
  const form = await registrationFormData(c.slug, locale);
  const open = registrationWindow(c, new Date()) === "open";
  const checkInQr = view.checkInCode ? await checkInQrDataUrl(view.checkInCode) : null;
  const agendaIcs = view.status === "cancelled" ? null : await agendaIcsDataUrl(view.id);
  return (
    <div className="container narrow-wide stack">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href={`/conferences/${c.slug}`}>← <span lang={title.lang !== locale ? title.lang : undefined}>{c.title}</span></Link>
      </nav>
      <h1>{t("manage.title")}</h1>
      <p className="lead">{t("manage.for", conferenceTitleValues(c))}</p>

      <ManageConfirmation view={view} conference={c} locale={locale} token={token} welcome={welcome} checkInQr={checkInQr} agendaIcs={agendaIcs} />

      <RememberMySessions slug={c.slug} sessionIds={view.status === "cancelled" ? [] : view.sessions.filter((s) => s.status === "confirmed").map((s) => s.id)} />
      <ManageCertificate token={token} availability={await certificateAvailability(registration.id)} />

      <SessionFeedbackSection token={token} />

      {view.status !== "cancelled" && (
        <>
          {open && form && (
            <section className="card stack" aria-labelledby="change-heading">
              <h2 id="change-heading" className="h3">
                {t("manage.change")}
              </h2>
              <p className="muted">{t("manage.changeHint")}</p>
              <ManageSessions token={token} sessions={form.sessions} current={view.sessions.map((s) => s.id)} />
            </section>
          )}

          {form && (
            <section className="card stack" aria-labelledby="details-heading">
              <h2 id="details-heading" className="h3">
                {t("manage.details")}
              </h2>
              <ManageDetails
                token={token}
                questions={form.questions}
                fields={form.fields}
                details={{
                  name: view.name,
                  organisation: view.organisation,
                  jobTitle: view.jobTitle,
                  accessibilityNeeds: view.accessibilityNeeds,
                  dietaryRequirements: view.dietaryRequirements,
                  answers: view.answers,
                }}
              />
            </section>
          )}

          <section className="card stack" aria-labelledby="links-heading">
            <h2 id="links-heading" className="h3">
              {tl("manageLinks")}
            </h2>
            <ThisManageLink url={manageUrl(token, locale)} />
            <RevokeOtherLinks token={token} />
          </section>

          <section className="card stack" aria-labelledby="cancel-heading">
            <h2 id="cancel-heading" className="h3">
              {t("manage.cancel")}
            </h2>
            <CancelRegistration token={token} />
          </section>
        </>
      )}

      <section className="card stack" aria-labelledby="my-data-heading">
        <h2 id="my-data-heading" className="h3">
          {tp("title")}
        </h2>
        <MyData token={token} />
      </section>
    </div>
  );
}
