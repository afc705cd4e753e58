import { useLocale, useTranslations } from "next-intl";
import { formatHours } from "@/lib/certificates/format-hours";

/** What lib/certificates/queries.ts says about this person's certificate; null: the conference offers none. */
export type CertificateAvailability = { available: true; hours: number } | { available: false; reason: "not_ended" | "not_attended" } | null;

/** The manage page's certificate card: the download once the conference has ended for someone who was there. */
export function ManageCertificate({ token, availability }: { token: string; availability: CertificateAvailability }) {
  const t = useTranslations("certificates.manage");
  const locale = useLocale();
  if (!availability) return null;
  return (
    <section className="card stack" aria-labelledby="certificate-heading" data-testid="certificate">
      <h2 id="certificate-heading" className="h3">
        {t("title")}
      </h2>
      {availability.available ? (
        <>
          <p>{availability.hours > 0 ? t("available", { hours: formatHours(availability.hours, locale) }) : t("availableNoHours")}</p>
          <p>
            <a className="button" href={`/api/registrations/${token}/certificate.pdf`} download>
              {t("download")}
            </a>
          </p>
        </>
      ) : (
        <p className="muted">{t(availability.reason === "not_ended" ? "notEnded" : "notAttended")}</p>
      )}
    </section>
  );
}
