/**
 * The Certificate row behind a PDF: created once (on the first download, or by an organiser), its
 * verification code stable afterwards. Two first downloads at once both end with the one row: the
 * loser of the unique index reads the winner's.
 */
import "server-only";
import type { Tx } from "../db";
import { isUniqueViolation, writeTransaction } from "../db-retry";
import { newVerificationCode } from "./rules";

export type CertificateRow = { id: string; code: string; hours: number; issuedAt: Date; manual: boolean };

export async function createCertificate(tx: Tx, data: { registrationId: string; hours: number; now: Date; issuedById?: string; manual?: boolean }): Promise<CertificateRow> {
  return tx.certificate.create({
    data: { registrationId: data.registrationId, code: newVerificationCode(), hours: data.hours, issuedAt: data.now, issuedById: data.issuedById ?? null, manual: data.manual ?? false },
    select: { id: true, code: true, hours: true, issuedAt: true, manual: true },
  });
}

/** Runs `work` in a write transaction, once more when a concurrent request created the same certificate (or, once in a lifetime, the same code). */
export async function withCertificateRace<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await writeTransaction(work);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return writeTransaction(work);
  }
}
