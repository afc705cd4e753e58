/**
 * An organiser issues a certificate by hand for someone whose check-in was missed. The row is
 * marked manual (kept internal; the public verification page does not show it), which vouches for
 * the person's presence: the hours are those of the sessions they were scanned at or held a
 * confirmed seat in (lib/attendees/attended-sessions.ts). Audited.
 */
import "server-only";
import { writeAuditLog } from "../audit";
import { AppError } from "../errors";
import { requireConferenceAccess } from "../hosts/permissions";
import { attendance } from "../attendees/attended-sessions";
import { createCertificate, withCertificateRace } from "./certificate-record";
import { attendedHours } from "./rules";
import type { IssueCertificateInput } from "./schema";

export type IssueCertificateResult = { ok: true; code: string; hours: number } | { ok: false; reason: "not_offered" | "already_issued" | "not_confirmed" };

export async function issueCertificate(options: { input: IssueCertificateInput; actor: { userId: string }; now?: Date }): Promise<IssueCertificateResult> {
  const now = options.now ?? new Date();
  const { conferenceId, registrationId } = options.input;
  return withCertificateRace(async (tx) => {
    await requireConferenceAccess(tx, options.actor.userId, conferenceId, "manage");
    const registration = await tx.registration.findFirst({ where: { id: registrationId, conferenceId }, include: { certificate: { select: { id: true } }, conference: { select: { certificatesEnabled: true } } } });
    if (!registration || registration.anonymisedAt) throw new AppError("not_found", "Registration not found");
    if (!registration.conference.certificatesEnabled) return { ok: false, reason: "not_offered" } as const;
    if (registration.certificate) return { ok: false, reason: "already_issued" } as const;
    if (registration.status !== "confirmed") return { ok: false, reason: "not_confirmed" } as const;
    const hours = attendedHours((await attendance(tx, registrationId, { vouched: true })).sessions);
    const certificate = await createCertificate(tx, { registrationId, hours, now, issuedById: options.actor.userId, manual: true });
    await writeAuditLog(tx, { actor: options.actor, conferenceId, entityType: "Registration", entityId: registrationId, action: "registration.certificate-issue", after: { manual: true, hours } });
    return { ok: true, code: certificate.code, hours } as const;
  });
}
