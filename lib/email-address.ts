/**
 * Email addresses with international domain names (jörg@müller.de, joerg@xn--mller-kva.de): accepted
 * as entered, checked and compared in the domain's ASCII (punycode) form. Nodemailer writes that
 * form into headers and the SMTP envelope; a non-ASCII local part needs a server with SMTPUTF8.
 */
import { z } from "zod";

/** The domain in ASCII (IDNA, as browsers do it), or null when it is not a valid host name. */
export function asciiDomain(domain: string): string | null {
  if (!domain || /[\s/\\?#@:[\]]/.test(domain)) return null;
  try {
    return new URL(`http://${domain}`).hostname;
  } catch {
    return null;
  }
}

function split(address: string): { local: string; domain: string } | null {
  const at = address.lastIndexOf("@");
  return at > 0 ? { local: address.slice(0, at), domain: address.slice(at + 1) } : null;
}

export function isEmailAddress(address: string): boolean {
  const parts = split(address);
  const domain = parts && asciiDomain(parts.domain);
  if (!parts || !domain || parts.local.length > 64) return false;
  // A non-ASCII local part (SMTPUTF8) is checked for the characters no address may hold; an ASCII one fully.
  if (/[^\x00-\x7f]/.test(parts.local)) return !/[\s"<>(),;:\\[\]@\x00-\x1f\x7f]/.test(parts.local) && z.email().safeParse(`x@${domain}`).success;
  return z.email().safeParse(`${parts.local}@${domain}`).success;
}

/** The comparable form: lower case, Unicode NFC, domain in punycode (jörg@müller.de = jörg@xn--mller-kva.de). */
export function emailKey(email: string): string {
  const trimmed = email.trim().normalize("NFC").toLowerCase();
  const parts = split(trimmed);
  const domain = parts && asciiDomain(parts.domain);
  return parts && domain ? `${parts.local}@${domain}` : trimmed;
}

/** The zod field for an email address in forms and the API (errors are message keys). */
export function emailField() {
  return z.string({ error: "required" }).trim().min(1, "required").max(254, "tooLong").refine(isEmailAddress, "invalidEmail");
}
