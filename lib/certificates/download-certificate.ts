/**
 * An attendee's own certificate, by their manage link: refused (typed reason) while the conference
 * does not offer certificates, before it has ended, or when they were never checked in; otherwise
 * the Certificate row is created on the first download and the PDF rendered in their language.
 * Rows and total come from one list of attended sessions read now; when a later check-in record
 * changed the total, the stored hours follow, so the verification page confirms what the newest
 * PDF says.
 */
import "server-only";
import { appUrl } from "../http";
import { toLocale } from "../i18n-server";
import { hostColour } from "../pdf/host-colour";
import { attendance } from "../attendees/attended-sessions";
import { createCertificate, withCertificateRace } from "./certificate-record";
import { renderCertificate } from "./certificate-pdf";
import { attendedHours, certificateRefusal, type CertificateRefusal } from "./rules";

export type DownloadCertificateResult = { ok: true; pdf: Uint8Array; filename: string; code: string } | { ok: false; reason: CertificateRefusal };

export async function downloadCertificate(options: { registrationId: string; now?: Date }): Promise<DownloadCertificateResult> {
  const now = options.now ?? new Date();
  const prepared = await withCertificateRace(async (tx) => {
    const registration = await tx.registration.findUniqueOrThrow({
      where: { id: options.registrationId },
      include: {
        certificate: true,
        conference: { include: { hosts: { orderBy: { position: "asc" }, include: { host: { select: { name: true, slug: true, colour: true } } } } } },
      },
    });
    const existing = registration.certificate;
    const { present, sessions } = await attendance(tx, registration.id);
    const refusal = certificateRefusal({ conference: registration.conference, attended: present, issued: existing !== null, now });
    if (refusal) return { ok: false as const, reason: refusal };
    const hours = attendedHours(sessions);
    let certificate = existing ?? (await createCertificate(tx, { registrationId: registration.id, hours, now }));
    if (certificate.hours !== hours) certificate = await tx.certificate.update({ where: { id: certificate.id }, data: { hours } });
    return { ok: true as const, registration, sessions, certificate };
  });
  if (!prepared.ok) return prepared;
  const { registration: r, sessions, certificate } = prepared;
  const c = r.conference;
  const organiser = c.hosts.find((h) => h.role === "organiser") ?? c.hosts[0];
  const pdf = await renderCertificate({
    locale: toLocale(r.locale),
    name: r.name,
    organisation: r.organisation,
    conference: c,
    hosts: c.hosts.map((h) => ({ name: h.host.name, role: h.role })),
    sessions,
    signatory: c.certificateSignatory,
    code: certificate.code,
    verifyUrl: `${appUrl()}/verify/${certificate.code}`,
    issuedAt: certificate.issuedAt,
    colour: hostColour(organiser?.host ?? { slug: c.slug }),
  });
  const base = toLocale(r.locale) === "en" ? "certificate-of-attendance" : "teilnahmebescheinigung";
  return { ok: true, pdf, filename: `${base}-${c.slug}.pdf`, code: certificate.code };
}
