/**
 * Attendee self-service: change personal details, answers and the chosen sessions. Added
 * sessions take a seat or a waiting-list place, removed ones free their seat for the next in line.
 * A partial update: what the input does not name stays as stored (lib/validation/fields.ts), and
 * the audit row and the "registration updated" email name exactly the fields that changed.
 */
import "server-only";
import { type Actor, writeAuditLog } from "../audit";
import { writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { toLocale, type Locale } from "../i18n-server";
import { localizedText } from "../localized";
import { refusalsOf, refuse, type Outcome, type Refusal } from "../outcome";
import type { SessionLine } from "../mail/messages";
import { enqueueAttendeeEmail } from "./attendee-email";
import { builtInFields, missingRequiredFields } from "./built-in-fields";
import { validationError } from "./errors";
import { deliverInvites, sessionInvite } from "./calendar-invites";
import { conferenceMailInclude, sessionLine, sessionMailSelect } from "./payloads";
import { promoteWaitlist } from "./promote-waitlist";
import { findOverlap, mergeAnswers, registrationWindow, type AnswerValue } from "./rules";
import type { RegistrationUpdate } from "./schema";
import { emitRegistrationEvent } from "../webhooks/emit";
import { lockSession, queueTime, releaseSessionSeat, sessionWaitlistPosition, takeSessionSeat } from "./seats";
import { publicConferenceChanged } from "../conferences/public-cache";

const DETAIL_FIELDS = ["name", "organisation", "jobTitle", "accessibilityNeeds", "dietaryRequirements"] as const;
type DetailField = (typeof DETAIL_FIELDS)[number];
const SENSITIVE = new Set<DetailField>(["accessibilityNeeds", "dietaryRequirements"]);

/** Expected refusals: the registration was cancelled, or the attendee may no longer change it (or add sessions). */
export type UpdateRegistrationRefusal = Refusal<"cancelled" | "closed">;
export type UpdateRegistrationResult = Outcome<{ status: string; sessions: { id: string; status: string; waitlistPosition?: number }[] }, UpdateRegistrationRefusal>;

export async function updateRegistration(options: { registrationId: string; input: RegistrationUpdate; locale?: string; actor: Actor; now?: Date }): Promise<UpdateRegistrationResult> {
  const now = options.now ?? new Date();
  const input = options.input;
  const locale: Locale = input.locale ?? toLocale(options.locale);

  // A refusal rolls back the first write (updatedAt), made before the refusals are known.
  return refusalsOf<UpdateRegistrationResult, UpdateRegistrationRefusal>((rollBack) =>
    writeTransaction(async (tx) => {
      // A write first: takes SQLite's write lock now rather than failing to upgrade a read lock later.
      const { count } = await tx.registration.updateMany({ where: { id: options.registrationId, status: { not: "cancelled" } }, data: { updatedAt: now } });
      const registration = await tx.registration.findUnique({
        where: { id: options.registrationId },
        include: {
          // Archived questions too: their stored answers are kept (see mergeAnswers).
          conference: { include: { ...conferenceMailInclude, questions: true } },
          sessions: { include: { session: { select: sessionMailSelect } } },
        },
      });
      if (!registration) throw new AppError("not_found", "Registration not found");
      publicConferenceChanged(tx, registration.conferenceId, { seatsOnly: true });
      if (count === 0) return rollBack(refuse("cancelled"));
      const conference = registration.conference;
      if (options.actor === "attendee" && conference.status !== "published") {
        return rollBack(refuse("closed"));
      }

      const fieldErrors: Record<string, string | { code: string; values: Record<string, string> }> = {};
      const storedAnswers = (registration.answers && typeof registration.answers === "object" && !Array.isArray(registration.answers) ? registration.answers : {}) as Record<string, AnswerValue>;
      const merged = input.answers ? mergeAnswers(conference.questions, storedAnswers, input.answers) : null;
      if (merged) Object.assign(fieldErrors, merged.errors);
      // A required built-in field cannot be cleared; a hidden one the attendee cannot change (organisers still correct what is stored).
      const fields = builtInFields(conference);
      Object.assign(fieldErrors, missingRequiredFields(input, fields, true));

      const active = registration.sessions.filter((s) => s.status !== "cancelled");
      let added: string[] = [];
      let removed: typeof active = [];
      let addedRows: { id: string; title: string; abstract: string; startsAt: Date; endsAt: Date; status: string; revision: number; room: { name: string } | null; host: { name: string; contactEmail: string } }[] = [];
      if (input.sessionIds) {
        const wanted = [...new Set(input.sessionIds)];
        added = wanted.filter((id) => !active.some((s) => s.sessionId === id));
        removed = active.filter((s) => !wanted.includes(s.sessionId));
        if (added.length && options.actor === "attendee" && registrationWindow(conference, now) !== "open") {
          return rollBack(refuse("closed"));
        }
        const addedSessions = added.length ? await tx.session.findMany({ where: { id: { in: added }, conferenceId: conference.id }, select: sessionMailSelect }) : [];
        added.forEach((id) => {
          const s = addedSessions.find((x) => x.id === id);
          const field = `sessionIds.${wanted.indexOf(id)}`;
          if (!s || s.status === "draft") fieldErrors[field] = "unknownSession";
          else if (s.status === "cancelled") fieldErrors[field] = "sessionCancelled";
        });
        const kept = active.filter((s) => wanted.includes(s.sessionId)).map((s) => s.session);
        const overlap = findOverlap([...kept, ...addedSessions].filter((s) => s.status === "scheduled"));
        if (overlap) fieldErrors.sessionIds = { code: "overlap", values: { first: overlap[0].title, second: overlap[1].title } };
        if (!Object.keys(fieldErrors).length) {
          added = addedSessions.map((s) => s.id).sort();
          addedRows = addedSessions;
        }
      }
      if (Object.keys(fieldErrors).length) throw await validationError(locale, fieldErrors);

      // Only what was sent and differs from the stored value is written (and named in audit and email).
      const details: Partial<Pick<RegistrationUpdate, DetailField>> = {};
      for (const field of DETAIL_FIELDS) {
        if (options.actor === "attendee" && (field === "organisation" || field === "jobTitle") && fields[field] === "hidden") continue;
        const value = input[field];
        if (value !== undefined && value !== registration[field]) Object.assign(details, { [field]: value });
      }
      const answersChanged = merged?.changed ?? [];
      const localeChanged = input.locale !== undefined && input.locale !== registration.locale;
      if (Object.keys(details).length || answersChanged.length || localeChanged) {
        await tx.registration.update({
          where: { id: registration.id },
          data: { ...details, ...(answersChanged.length && merged ? { answers: merged.answers } : {}), ...(localeChanged ? { locale: input.locale } : {}) },
        });
      }

      const confirmedReg = registration.status === "confirmed";
      const gained = [];
      for (const id of added) {
        const seat = confirmedReg ? await takeSessionSeat(tx, id) : (await lockSession(tx, id), false);
        const previous = registration.sessions.find((s) => s.sessionId === id);
        const waitlistedAt = seat ? null : await queueTime(tx, { sessionId: id });
        const data = { status: seat ? ("confirmed" as const) : ("waitlisted" as const), confirmedAt: seat ? now : null, waitlistedAt, cancelledAt: null };
        // A session chosen, dropped and chosen again reuses its row (unique per registration and session).
        if (previous) await tx.sessionRegistration.update({ where: { id: previous.id }, data });
        else await tx.sessionRegistration.create({ data: { registrationId: registration.id, sessionId: id, ...data } });
        const row = addedRows.find((s) => s.id === id);
        if (seat && row) gained.push(row);
      }
      for (const entry of removed) {
        await tx.sessionRegistration.update({ where: { id: entry.id }, data: { status: "cancelled", cancelledAt: now, waitlistedAt: null } });
        if (entry.status === "confirmed") await releaseSessionSeat(tx, entry.sessionId);
      }
      const lost = removed.filter((e) => e.status === "confirmed").map((e) => e.session);

      const sessions = await tx.sessionRegistration.findMany({
        where: { registrationId: registration.id, status: { not: "cancelled" } },
        include: { session: { select: sessionMailSelect } },
        orderBy: { session: { startsAt: "asc" } },
      });
      const lines: SessionLine[] = [];
      const linesLocale = toLocale(input.locale ?? registration.locale);
      for (const s of sessions) {
        lines.push(sessionLine(s.session, s.status === "confirmed" ? "confirmed" : "waitlisted", s.status === "waitlisted" ? await sessionWaitlistPosition(tx, s) : null, linesLocale));
      }
      const sessionsChanged = added.length > 0 || removed.length > 0;
      const changedFields = [...(Object.keys(details) as DetailField[]), ...(answersChanged.length ? ["answers" as const] : []), ...(sessionsChanged ? ["sessions" as const] : [])];
      const attendeeName = details.name ?? registration.name;
      if (changedFields.length) {
        const emailLocale = toLocale(input.locale ?? registration.locale);
        const label = (key: string) => {
          const q = conference.questions.find((x) => x.key === key);
          return q ? localizedText(q.label, q.labelEn, emailLocale) : key;
        };
        const attendee = { name: attendeeName, email: registration.email };
        // The update carries the first changed session's invite; any further one follows on its own.
        await deliverInvites(tx, {
          recipient: { id: registration.id, ...attendee, locale: emailLocale },
          conference,
          items: [...gained.map((s) => sessionInvite(s, conference, attendee, "REQUEST", emailLocale)), ...lost.map((s) => sessionInvite(s, conference, attendee, "CANCEL", emailLocale))],
          primary: (parts) =>
            enqueueAttendeeEmail(tx, {
              kind: "registration-updated",
              registration,
              conference,
              locale: emailLocale,
              attendeeName: attendeeName,
              payload: { sessions: lines, changed: { fields: changedFields, questions: answersChanged.map(label) }, ...parts },
            }),
        });
      }
      if (changedFields.length || localeChanged) {
        // Values for what is not sensitive; accessibility needs, dietary requirements and answers only by
        // name (special-category data stays out of the log, which every organiser of the conference reads).
        const shown = (Object.keys(details) as DetailField[]).filter((f) => !SENSITIVE.has(f));
        await writeAuditLog(tx, {
          actor: options.actor,
          conferenceId: conference.id,
          entityType: "Registration",
          entityId: registration.id,
          action: "registration.update",
          before: {
            ...Object.fromEntries(shown.map((f) => [f, registration[f]])),
            ...(localeChanged ? { locale: registration.locale } : {}),
            ...(sessionsChanged ? { sessions: active.map((s) => s.sessionId) } : {}),
          },
          after: {
            ...Object.fromEntries(shown.map((f) => [f, details[f]])),
            ...(localeChanged ? { locale: input.locale } : {}),
            ...(sessionsChanged ? { sessions: sessions.map((s) => s.sessionId) } : {}),
            ...(added.length ? { added } : {}),
            ...(removed.length ? { removed: removed.map((r) => r.sessionId) } : {}),
            changed: [...changedFields.filter((f) => f !== "answers"), ...answersChanged.map((key) => `answers.${key}`), ...(localeChanged ? ["locale"] : [])],
          },
        });
      }
      if (changedFields.length || localeChanged) {
        const changed = [...changedFields, ...(localeChanged ? ["locale"] : [])];
        await emitRegistrationEvent(tx, { type: "registration.updated", conferenceId: conference.id, registrationId: registration.id, now, extra: { changed } });
      }
      for (const e of removed) if (e.status === "confirmed") await promoteWaitlist(tx, { conferenceId: conference.id, sessionId: e.sessionId, now });
      return { ok: true as const, status: registration.status, sessions: lines.map((l) => ({ id: l.id, status: l.status, ...(l.waitlistPosition ? { waitlistPosition: l.waitlistPosition } : {}) })) };
    }),
  );
}
