import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OperatorAddress } from "@/components/privacy/operator-address";
import styles from "@/components/privacy/privacy.module.css";
import { getOperatorSettings, isOperatorConfigured } from "@/lib/privacy/operator-settings";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/impressum">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "privacy.impressum" });
  return { title: t("title") };
}

/** The legal notice (§ 5 DDG), filled from the operator settings. */
export default async function ImpressumPage({ params }: PageProps<"/[locale]/impressum">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("privacy.impressum");
  const operator = await getOperatorSettings();
  return (
    <div className="container narrow prose">
      <h1>{t("title")}</h1>
      {isOperatorConfigured(operator) ? (
        <>
          <p>{t("intro")}</p>
          <OperatorAddress operator={operator} labels={{ email: t("email"), phone: t("phone"), representative: t("representative") }} />
          {operator.register && (
            <p>
              {t("register")}: {operator.register}
            </p>
          )}
          {operator.vatId && (
            <p>
              {t("vatId")}: {operator.vatId}
            </p>
          )}
          {(operator.dpoName || operator.dpoEmail) && (
            <section aria-labelledby="impressum-dpo">
              <h2 id="impressum-dpo" className="h3">
                {t("dpo")}
              </h2>
              <p className={styles.lines}>
                {[operator.dpoName, operator.dpoAddress].filter(Boolean).join("\n")}
                {operator.dpoEmail && (
                  <>
                    {operator.dpoName || operator.dpoAddress ? "\n" : ""}
                    <a href={`mailto:${operator.dpoEmail}`}>{operator.dpoEmail}</a>
                  </>
                )}
              </p>
            </section>
          )}
        </>
      ) : (
        <p className="notice notice--warning">{t("notConfigured")}</p>
      )}
      <p className="muted">{t("conferences")}</p>
    </div>
  );
}
