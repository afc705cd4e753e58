/**
 * One attendee as organisers see them: every field, answers as their question's and options'
 * labels, sessions with status, waiting-list place and the time they were scanned at the session's
 * door, the emails sent to them, check-in, and the
 * registration's change log in human terms. Whom it shows: anyone with a role on the conference
 * who sees this attendee in the list (a partner host only the attendees of its sessions); anyone
 * else gets "not found", as for the list.
 */
import "server-only";
import { storedOptions } from "../conferences/registration-questions";
import { db, type Prisma } from "../db";
import { AppError } from "../errors";
import { conferenceAccess } from "../hosts/permissions";
import { toLocale } from "../i18n-server";
import { conferenceWaitlistPosition, sessionWaitlistPosition } from "../registrations/seats";
import { auditFormatContext, toEntry } from "../audit/list-audit-log";
import { builtInFields } from "../registrations/built-in-fields";

export type AnswerLine = { key: string; question: string; answer: string | string[] | boolean; archived: boolean };

const sessionSelect = { id: true, title: true, startsAt: true, endsAt: true, status: true, room: { select: { name: true } } } satisfies Prisma.SessionSelect;

export async function attendeeDetail(options: { conferenceId: string; registrationId: string; actor: { userId: string }; locale?: string }) {
  const access = await conferenceAccess(db, options.actor.userId, options.conferenceId);
  if (access.level === "none") throw new AppError("not_found", "Conference not found");
  const where: Prisma.RegistrationWhereInput = {
    id: options.registrationId,
    conferenceId: options.conferenceId,
    // The list's scope: a partner host's members see the attendees of its sessions only.
    ...(access.readHostIds ? { sessions: { some: { status: { not: "cancelled" }, session: { hostId: { in: access.readHostIds } } } } } : {}),
  };
  const registration = await db.registration.findFirst({
    where,
    include: {
      conference: { select: { id: true, title: true, slug: true, timeZone: true, status: true, organisationField: true, jobTitleField: true, questions: { orderBy: { position: "asc" } } } },
      sessions: { orderBy: { session: { startsAt: "asc" } }, include: { session: { select: sessionSelect } } },
      sessionCheckIns: { select: { sessionId: true, checkedInAt: true, session: { select: sessionSelect } } },
      emails: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 100, select: { id: true, kind: true, subject: true, status: true, createdAt: true, sentAt: true, attempts: true, toAddress: true } },
    },
  });
  if (!registration) throw new AppError("not_found", "Registration not found");
  const locale = toLocale(options.locale);
  const { conference } = registration;

  const doorScans = new Map(registration.sessionCheckIns.map((c) => [c.sessionId, c.checkedInAt]));
  const row = (session: (typeof registration.sessionCheckIns)[number]["session"]) => ({
    id: session.id,
    title: session.title,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    room: session.room?.name ?? null,
    sessionCancelled: session.status === "cancelled",
    /** When the person was scanned at this session's door (room check-in), if they were. */
    checkedInAt: doorScans.get(session.id) ?? null,
  });
  const chosen = await Promise.all(
    registration.sessions.map(async (s) => ({
      ...row(s.session),
      status: s.status as typeof s.status | "walkIn",
      waitlistPosition: s.status === "waitlisted" ? await sessionWaitlistPosition(db, s) : null,
    })),
  );
  // Scanned at a door without a seat in that session (the door lets them in with a warning): shown too.
  const chosenIds = new Set(chosen.map((s) => s.id));
  const walkIns = registration.sessionCheckIns.filter((c) => !chosenIds.has(c.sessionId)).map((c) => ({ ...row(c.session), status: "walkIn" as const, waitlistPosition: null }));
  const sessions = [...chosen, ...walkIns].sort((a, b) => +a.startsAt - +b.startsAt);
  const waitlistPosition = registration.status === "waitlisted" ? await conferenceWaitlistPosition(db, registration) : null;

  const stored = (registration.answers && typeof registration.answers === "object" && !Array.isArray(registration.answers) ? registration.answers : {}) as Record<string, unknown>;
  const answers: AnswerLine[] = [];
  for (const q of conference.questions) {
    const value = stored[q.key];
    if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)) continue;
    const labels = new Map(storedOptions(q.options).map((o) => [o.value, locale === "en" ? (o.labelEn ?? o.label) : o.label]));
    const answer = typeof value === "boolean" ? value : Array.isArray(value) ? value.map((v) => labels.get(String(v)) ?? String(v)) : (labels.get(String(value)) ?? String(value));
    answers.push({ key: q.key, question: locale === "en" ? (q.labelEn ?? q.label) : q.label, answer, archived: q.archivedAt !== null });
  }

  const rows = await db.auditLog.findMany({
    where: { conferenceId: conference.id, entityId: registration.id, entityType: { in: ["Registration", "SessionRegistration"] } },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: 200,
    include: { actor: { select: { email: true } } },
  });
  const format = await auditFormatContext(conference.id, conference.timeZone, locale, rows);
  const checkedInBy = registration.checkedInBy ? await db.user.findUnique({ where: { id: registration.checkedInBy }, select: { email: true } }) : null;

  return {
    access,
    /** Owners and editors of an organising host (and admins) change the registration and resend its link. */
    canEdit: access.level === "manage" && registration.status !== "cancelled" && registration.anonymisedAt === null,
    conference: { id: conference.id, title: conference.title, slug: conference.slug, timeZone: conference.timeZone, status: conference.status },
    questions: conference.questions.filter((q) => q.archivedAt === null),
    fields: builtInFields(conference),
    registration: {
      id: registration.id,
      name: registration.name,
      email: registration.email,
      organisation: registration.organisation,
      jobTitle: registration.jobTitle,
      accessibilityNeeds: registration.accessibilityNeeds,
      dietaryRequirements: registration.dietaryRequirements,
      locale: toLocale(registration.locale),
      status: registration.status,
      waitlistPosition,
      source: registration.source,
      checkInCode: registration.checkInCode,
      checkedInAt: registration.checkedInAt,
      checkedInBy: checkedInBy?.email ?? null,
      createdAt: registration.createdAt,
      confirmedAt: registration.confirmedAt,
      cancelledAt: registration.cancelledAt,
      consentAt: registration.consentAt,
      consentVersion: registration.consentVersion,
      broadcastOptOutAt: registration.broadcastOptOutAt,
      anonymisedAt: registration.anonymisedAt,
      storedAnswers: stored,
    },
    answers,
    sessions,
    emails: registration.emails,
    history: rows.map((r) => toEntry(r, format, conference)),
  };
}

export type AttendeeDetail = Awaited<ReturnType<typeof attendeeDetail>>;
