import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { DEFAULT_PRIVACY_NOTICE_VERSION, getPrivacyContext } from "@/lib/conferences/queries";

type Props = PageProps<"/[locale]/privacy">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "public.privacy" });
  return { title: t("title") };
}

const SECTIONS = ["data", "purpose", "recipients", "retention", "rights"] as const;

/**
 * The privacy notice. Linked as /privacy?conference=<slug> it names that conference's
 * controllers and the notice version its consent records.
 */
export default async function PrivacyPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("public.privacy");
  const slug = (await searchParams).conference;
  const conference = typeof slug === "string" && slug.length <= 200 ? await getPrivacyContext(slug) : null;
  const controllers = conference?.hosts.filter((h) => h.role !== "partner") ?? [];
  return (
    <div className="container narrow prose">
      <h1>{t("title")}</h1>
      {conference && (
        <p className="notice">
          {t("forConference")} <Link href={`/conferences/${conference.slug}`}>{conference.title}</Link>
        </p>
      )}
      <p className="lead">{t("intro")}</p>
      <section aria-labelledby="privacy-controller">
        <h2 id="privacy-controller" className="h3">
          {t("controller.title")}
        </h2>
        {controllers.length ? (
          <>
            <p>{t("controller.named")}</p>
            <ul>
              {controllers.map(({ host }) => (
                <li key={host.slug}>
                  {host.name}, <a href={`mailto:${host.contactEmail}`}>{host.contactEmail}</a>
                </li>
              ))}
            </ul>
            {conference?.contactEmail && (
              <p>
                {t("controller.contact")} <a href={`mailto:${conference.contactEmail}`}>{conference.contactEmail}</a>
              </p>
            )}
          </>
        ) : (
          <p>{t("controller.text")}</p>
        )}
      </section>
      {SECTIONS.map((key) => (
        <section key={key} aria-labelledby={`privacy-${key}`}>
          <h2 id={`privacy-${key}`} className="h3">
            {t(`${key}.title`)}
          </h2>
          <p>{t(`${key}.text`)}</p>
        </section>
      ))}
      <p className="small muted">{t("version", { version: conference?.privacyNoticeVersion ?? DEFAULT_PRIVACY_NOTICE_VERSION })}</p>
    </div>
  );
}
