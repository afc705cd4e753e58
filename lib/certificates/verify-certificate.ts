/**
 * The public check of a certificate's code: the name, the conference and the hours, nothing else
 * (not the sessions, not whether it was issued by hand). Unknown, malformed and withdrawn codes
 * (the registration was erased or anonymised, which deletes the certificate) look the same.
 */
import "server-only";
import { db } from "../db";
import { hit, RATE_LIMITS } from "../rate-limit";
import { normaliseVerificationCode } from "./rules";

export type VerifiedCertificate = { name: string; conference: string; hours: number; code: string };

export async function verifyCertificate(input: string): Promise<VerifiedCertificate | null> {
  const code = normaliseVerificationCode(input);
  if (!code) return null;
  const row = await db.certificate.findUnique({ where: { code }, select: { code: true, hours: true, registration: { select: { name: true, anonymisedAt: true, conference: { select: { title: true } } } } } });
  if (!row || row.registration.anonymisedAt) return null;
  return { name: row.registration.name, conference: row.registration.conference.title, hours: row.hours, code: row.code };
}

export type CertificateLookup = { status: "valid"; certificate: VerifiedCertificate } | { status: "not_found" } | { status: "rate_limited" };

/** The verification page's lookup, counted per client address so codes cannot be tried in bulk. */
export async function lookUpCertificate(options: { code: string; ip: string; now?: number }): Promise<CertificateLookup> {
  if ((await hit(`verify:ip:${options.ip}`, RATE_LIMITS.verifyPerIp(), options.now)) !== null) return { status: "rate_limited" };
  const certificate = await verifyCertificate(options.code);
  return certificate ? { status: "valid", certificate } : { status: "not_found" };
}
