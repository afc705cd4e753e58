import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RegistrationForm } from "@/components/registration/registration-form";
import { Link } from "@/i18n/navigation";
import { conferenceTitleValues } from "@/lib/conferences/title-phrases";
import { pickLocalized } from "@/lib/localized";
import { formatDateRange, formatDateTime } from "@/lib/format/datetime";
import { registrationFormData } from "@/lib/registrations/form-data";
import { registrationWindow } from "@/lib/registrations/rules";

export const dynamic = "force-dynamic";

type Props = PageProps<"/[locale]/conferences/[slug]/register">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "registration.form" });
  return { title: t("title"), robots: { index: false } };
}

export default async function RegisterPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const data = await registrationFormData(slug, locale);
  if (!data) notFound();
  const { conference, sessions, questions, fields } = data;
  // The conference's title in the page's language (English where entered; the German one marked lang="de").
  const title = pickLocalized(conference.title, conference.titleEn, locale);
  const c = { ...conference, title: title.text, titleDative: locale === "de" ? conference.titleDative : null };
  const t = await getTranslations("registration");
  const window = registrationWindow(c, new Date());
  const requested = (await searchParams).session;
  const preselected = (Array.isArray(requested) ? requested : requested ? [requested] : []).filter((id) => sessions.some((s) => s.id === id));
  return (
    <div className="container narrow-wide stack">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href={`/conferences/${c.slug}`}>← <span lang={title.lang !== locale ? title.lang : undefined}>{c.title}</span></Link>
      </nav>
      <h1>{t("form.titleFor", conferenceTitleValues(c))}</h1>
      <p className="lead">
        {t("form.intro")} <span className="muted">({formatDateRange(c.startsAt, c.endsAt, c.timeZone, locale)}, {c.venueName})</span>
      </p>
      {window === "open" ? (
        <RegistrationForm slug={c.slug} sessions={sessions} questions={questions} fields={fields} preselected={preselected} />
      ) : (
        <div className="notice notice--warning">
          {window === "not_yet_open" && c.registrationOpensAt ? `${t("form.notYetOpen")} (${formatDateTime(c.registrationOpensAt, c.timeZone, locale)})` : t("form.closed")}
        </div>
      )}
    </div>
  );
}
