import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OperatorAddress } from "@/components/privacy/operator-address";
import styles from "@/components/privacy/privacy.module.css";
import { Link } from "@/i18n/navigation";
import { DEFAULT_PRIVACY_NOTICE_VERSION, getPrivacyContext } from "@/lib/conferences/queries";
import { formatDayLong } from "@/lib/format/datetime";
import { getOperatorSettings, isOperatorConfigured } from "@/lib/privacy/operator-settings";
import { clampRetentionMonths, retentionEndsAt } from "@/lib/privacy/rules";

type Props = PageProps<"/[locale]/privacy">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "public.privacy" });
  return { title: t("title") };
}

const SECTIONS = ["data", "purpose", "recipients", "rights"] as const;

export const dynamic = "force-dynamic";

/**
 * The privacy notice. Linked as /privacy?conference=<slug> it names that conference's
 * controllers and the notice version its consent records.
 */
export default async function PrivacyPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("public.privacy");
  const tp = await getTranslations("privacy");
  const operator = await getOperatorSettings();
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
      {conference?.privacyText && (
        <section aria-labelledby="privacy-conference">
          <h2 id="privacy-conference" className="h3">
            {tp("notice.conferenceText")}
          </h2>
          <p className={styles.conferenceText}>{conference.privacyText}</p>
        </section>
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
        {isOperatorConfigured(operator) && (
          <>
            <h3 className="h4">{tp("notice.operatorTitle")}</h3>
            <p>{tp("notice.operatorText")}</p>
            <OperatorAddress operator={operator} labels={{ email: tp("impressum.email"), phone: tp("impressum.phone"), representative: tp("impressum.representative") }} />
            {(operator.dpoName || operator.dpoEmail) && (
              <p className={styles.lines}>
                {tp("notice.dpo")} {[operator.dpoName, operator.dpoAddress].filter(Boolean).join("\n")}
                {operator.dpoEmail && (
                  <>
                    {" "}
                    <a href={`mailto:${operator.dpoEmail}`}>{operator.dpoEmail}</a>
                  </>
                )}
              </p>
            )}
            {operator.supervisoryAuthority && (
              <p className={styles.lines}>
                {tp("notice.supervisory")} {operator.supervisoryAuthority}
              </p>
            )}
          </>
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
      <section aria-labelledby="privacy-retention">
        <h2 id="privacy-retention" className="h3">
          {t("retention.title")}
        </h2>
        <p>
          {conference?.anonymisedAt
            ? tp("notice.retentionAnonymised", { date: formatDayLong(conference.anonymisedAt, conference.timeZone, locale) })
            : conference
              ? tp("notice.retentionConference", { months: clampRetentionMonths(conference.retentionMonths), date: formatDayLong(retentionEndsAt(conference), conference.timeZone, locale) })
              : tp("notice.retentionGeneral")}
        </p>
      </section>
      <p className="small muted">{t("version", { version: conference?.privacyNoticeVersion ?? DEFAULT_PRIVACY_NOTICE_VERSION })}</p>
    </div>
  );
}
