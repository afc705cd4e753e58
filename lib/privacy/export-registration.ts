/**
 * Everything Tagung stores about one registration, as one JSON document (Art. 15 and 20 DSGVO):
 * every column of the registration, its answers with the questions asked, its sessions, consent,
 * the attendance certificate, the emails sent to the attendee and the change-log entries about them.
 */
import "server-only";
import { db } from "../db";
import { retentionEndsAt } from "./rules";

export async function exportRegistration(registrationId: string, now = new Date()) {
  const registration = await db.registration.findUnique({
    where: { id: registrationId },
    include: {
      conference: { select: { slug: true, title: true, startsAt: true, endsAt: true, retentionMonths: true, privacyNoticeVersion: true, questions: { orderBy: { position: "asc" }, select: { key: true, label: true, labelEn: true, type: true } } } },
      sessions: { orderBy: { id: "asc" }, include: { session: { select: { title: true, startsAt: true, endsAt: true, status: true, room: { select: { name: true } } } } } },
      emails: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { kind: true, subject: true, toAddress: true, status: true, createdAt: true, sentAt: true } },
      certificate: { select: { code: true, hours: true, issuedAt: true, manual: true } },
      sessionCheckIns: { orderBy: { checkedInAt: "asc" }, select: { sessionId: true, checkedInAt: true, session: { select: { title: true } } } },
      sessionFeedback: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { sessionId: true, rating: true, comment: true, createdAt: true, updatedAt: true, session: { select: { title: true } } } },
    },
  });
  if (!registration) return null;
  const { conference, sessions, emails, certificate, sessionCheckIns, sessionFeedback, ...columns } = registration;
  const answers = (registration.answers ?? {}) as Record<string, unknown>;
  const changeLog = await db.auditLog.findMany({ where: { entityType: "Registration", entityId: registration.id }, orderBy: { at: "asc" }, select: { at: true, action: true, actorUserId: true, actorLabel: true, before: true, after: true } });
  return {
    exportedAt: now.toISOString(),
    conference: {
      slug: conference.slug,
      title: conference.title,
      startsAt: conference.startsAt,
      endsAt: conference.endsAt,
      // When what follows is anonymised at the latest.
      retentionEndsAt: retentionEndsAt(conference),
    },
    registration: columns,
    consent: { at: registration.consentAt, noticeVersion: registration.consentVersion, currentNoticeVersion: conference.privacyNoticeVersion },
    answers: conference.questions.filter((q) => q.key in answers).map((q) => ({ key: q.key, question: q.label, questionEn: q.labelEn, type: q.type, value: answers[q.key] })),
    sessions: sessions.map((s) => ({
      sessionId: s.sessionId,
      title: s.session.title,
      startsAt: s.session.startsAt,
      endsAt: s.session.endsAt,
      room: s.session.room?.name ?? null,
      sessionStatus: s.session.status,
      status: s.status,
      waitlistedAt: s.waitlistedAt,
      confirmedAt: s.confirmedAt,
      cancelledAt: s.cancelledAt,
      createdAt: s.createdAt,
      updatedAt: s.updatedAt,
    })),
    certificate,
    sessionCheckIns: sessionCheckIns.map((c) => ({ sessionId: c.sessionId, title: c.session.title, checkedInAt: c.checkedInAt })),
    feedback: sessionFeedback.map((f) => ({ sessionId: f.sessionId, title: f.session.title, rating: f.rating, comment: f.comment, createdAt: f.createdAt, updatedAt: f.updatedAt })),
    emails: emails.map((e) => ({ kind: e.kind, subject: e.subject, to: e.toAddress, status: e.status, createdAt: e.createdAt, sentAt: e.sentAt })),
    changeLog: changeLog.map((c) => ({ at: c.at, action: c.action, by: c.actorUserId ? "organiser" : (c.actorLabel ?? "system"), before: c.before, after: c.after })),
  };
}

export type RegistrationExport = NonNullable<Awaited<ReturnType<typeof exportRegistration>>>;
