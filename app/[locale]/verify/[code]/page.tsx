import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { VerificationResult } from "@/components/certificates/verification-result";
import { formatHours } from "@/lib/certificates/format-hours";
import { formatVerificationCode } from "@/lib/certificates/rules";
import { lookUpCertificate } from "@/lib/certificates/verify-certificate";
import { clientIp } from "@/lib/client-ip";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/verify/[code]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "certificates.verify" });
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** Public: anyone holding a certificate's code confirms it is genuine (name, conference, hours; nothing else). */
export default async function VerifyPage({ params }: PageProps<"/[locale]/verify/[code]">) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("certificates.verify");
  const lookup = await lookUpCertificate({ code: decodeURIComponent(code), ip: clientIp(await headers()) });
  return (
    <div className="container narrow stack">
      {/* A soft hyphen in the German heading: "Teilnahmebescheinigung" alone is wider than a phone. */}
      <h1>{t("heading")}</h1>
      <VerificationResult
        result={
          lookup.status === "valid"
            ? { status: "valid", name: lookup.certificate.name, conference: lookup.certificate.conference, hours: lookup.certificate.hours > 0 ? formatHours(lookup.certificate.hours, locale) : null, code: formatVerificationCode(lookup.certificate.code) }
            : { status: lookup.status }
        }
      />
    </div>
  );
}
