import { useTranslations } from "next-intl";

export type VerificationView = { status: "valid"; name: string; conference: string; /** null: no sessions were recorded, so no hours are confirmed. */ hours: string | null; code: string } | { status: "not_found" } | { status: "rate_limited" };

/** What the public verification page says about a code. */
export function VerificationResult({ result }: { result: VerificationView }) {
  const t = useTranslations("certificates.verify");
  if (result.status === "rate_limited") return <p className="notice notice--warning">{t("rateLimited")}</p>;
  if (result.status === "not_found") {
    return (
      <div className="notice notice--warning" data-testid="verification" role="status">
        <p>
          <strong>{t("notFound")}</strong>
        </p>
        <p>{t("notFoundHint")}</p>
      </div>
    );
  }
  return (
    <section className="card stack" aria-labelledby="verified-heading" data-testid="verification">
      <p id="verified-heading" className="notice notice--success" role="status">
        <span aria-hidden="true">✓ </span>
        {t("valid")}
      </p>
      <dl className="facts facts--stacked">
        <div>
          <dt>{t("name")}</dt>
          <dd>{result.name}</dd>
        </div>
        <div>
          <dt>{t("conference")}</dt>
          <dd>{result.conference}</dd>
        </div>
        {result.hours && (
          <div>
            <dt>{t("hours")}</dt>
            <dd>{t("hoursValue", { hours: result.hours })}</dd>
          </div>
        )}
        <div>
          <dt>{t("code")}</dt>
          <dd className="check-in-code">{result.code}</dd>
        </div>
      </dl>
      <p className="small muted">{t("scope")}</p>
    </section>
  );
}
