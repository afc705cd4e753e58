/** Pure rules for attendance certificates: hours, verification codes, when one may be issued. */
import { randomInt } from "node:crypto";

/** No 0/O, 1/I/L: a code read aloud or typed from paper comes out right. */
export const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const CODE_LENGTH = 10;

/** 10 characters of a 31-letter alphabet: about 49 bits, far beyond guessing through a rate-limited page. */
export function newVerificationCode(): string {
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** What someone typed or scanned, in stored form: upper case, separators dropped; null when it cannot be a code. */
export function normaliseVerificationCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "");
  if (code.length !== CODE_LENGTH) return null;
  for (const ch of code) if (!CODE_ALPHABET.includes(ch)) return null;
  return code;
}

/** "ABCDE-FGHJK": easier to read off paper. */
export function formatVerificationCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** Hours covered by the sessions, overlapping times counted once. */
export function attendedHours(sessions: { startsAt: Date; endsAt: Date }[]): number {
  const spans = sessions.map((s) => [s.startsAt.getTime(), s.endsAt.getTime()] as const).filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  let total = 0;
  let start = -Infinity;
  let end = -Infinity;
  for (const [a, b] of spans) {
    if (a > end) {
      if (end > start) total += end - start;
      start = a;
      end = b;
    } else if (b > end) end = b;
  }
  if (end > start) total += end - start;
  // Quarter hours: what further-training records count in.
  return Math.round((total / 3_600_000) * 4) / 4;
}

export type CertificateRefusal = "not_offered" | "not_ended" | "not_attended";

/**
 * Why a certificate cannot be had yet, or null. Checked in this order: the conference does not
 * offer certificates, it has not ended, the person was not seen (no check-in at the entrance or a
 * session door, and none issued by hand).
 */
export function certificateRefusal(options: {
  conference: { certificatesEnabled: boolean; endsAt: Date };
  attended: boolean;
  issued: boolean;
  now: Date;
}): CertificateRefusal | null {
  if (!options.conference.certificatesEnabled) return "not_offered";
  if (options.now < options.conference.endsAt) return "not_ended";
  if (!options.attended && !options.issued) return "not_attended";
  return null;
}
