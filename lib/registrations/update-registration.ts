/**
 * Attendee self-service: change personal details, answers and the chosen sessions. Added
 * sessions take a seat or a waiting-list place, removed ones free their seat for the next in line.
 */
import { auditActor, type Actor } from "../audit";
import { writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { toLocale, type Locale } from "../i18n-server";
import { enqueueEmail } from "../mail/enqueue";
import type { SessionLine } from "../mail/messages";
import { validationError, zodFieldCodes } from "./errors";
import { deliverInvites, sessionInvite } from "./calendar-invites";
import { conferenceMailInclude, conferenceSummary, sessionLine, sessionMailSelect } from "./payloads";
import { promoteWaitlist } from "./promote-waitlist";
import { checkAnswers, findOverlap, registrationWindow } from "./rules";
import { registrationUpdate } from "./schema";
import { lockSession, queueTime, releaseSessionSeat, sessionWaitlistPosition, takeSessionSeat } from "./seats";

export async function updateRegistration(options: { registrationId: string; input: unknown; locale?: string; actor: Actor; now?: Date }) {
  const now = options.now ?? new Date();
  let locale: Locale = toLocale(options.locale);
  const parsed = registrationUpdate.safeParse(options.input);
  if (!parsed.success) throw await validationError(locale, zodFieldCodes(parsed.error));
  const input = parsed.data;
  if (input.locale) locale = input.locale;

  return writeTransaction(async (tx) => {
    // A write first: takes SQLite's write lock now rather than failing to upgrade a read lock later.
    const { count } = await tx.registration.updateMany({ where: { id: options.registrationId, status: { not: "cancelled" } }, data: { updatedAt: now } });
    const registration = await tx.registration.findUnique({
      where: { id: options.registrationId },
      include: {
        conference: { include: { ...conferenceMailInclude, questions: { where: { archivedAt: null } } } },
        sessions: { include: { session: { select: sessionMailSelect } } },
      },
    });
    if (!registration) throw new AppError("not_found", "Registration not found");
    if (count === 0) throw new AppError("conflict", "This registration has been cancelled", undefined, { reason: "cancelled" });
    const conference = registration.conference;
    if (options.actor === "attendee" && conference.status !== "published") {
      throw new AppError("conflict", "This conference can no longer be changed", undefined, { reason: "closed" });
    }

    const fieldErrors: Record<string, string | { code: string; values: Record<string, string> }> = {};
    let answers = registration.answers as Record<string, string | string[] | boolean> | null;
    if (input.answers) {
      const checked = checkAnswers(conference.questions, input.answers);
      Object.assign(fieldErrors, checked.errors);
      answers = checked.clean;
    }

    const active = registration.sessions.filter((s) => s.status !== "cancelled");
    let added: string[] = [];
    let removed: typeof active = [];
    let addedRows: { id: string; title: string; abstract: string; startsAt: Date; endsAt: Date; status: string; revision: number; room: { name: string } | null; host: { name: string; contactEmail: string } }[] = [];
    if (input.sessionIds) {
      const wanted = [...new Set(input.sessionIds)];
      added = wanted.filter((id) => !active.some((s) => s.sessionId === id));
      removed = active.filter((s) => !wanted.includes(s.sessionId));
      if (added.length && options.actor === "attendee" && registrationWindow(conference, now) !== "open") {
        throw new AppError("conflict", "Registration is closed; sessions cannot be added", undefined, { reason: "closed" });
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

    await tx.registration.update({
      where: { id: registration.id },
      data: {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.organisation !== undefined ? { organisation: input.organisation } : {}),
        ...(input.jobTitle !== undefined ? { jobTitle: input.jobTitle } : {}),
        ...(input.accessibilityNeeds !== undefined ? { accessibilityNeeds: input.accessibilityNeeds } : {}),
        ...(input.dietaryRequirements !== undefined ? { dietaryRequirements: input.dietaryRequirements } : {}),
        ...(input.answers ? { answers: answers ?? {} } : {}),
        ...(input.locale ? { locale: input.locale } : {}),
      },
    });

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
    for (const s of sessions) {
      lines.push(sessionLine(s.session, s.status === "confirmed" ? "confirmed" : "waitlisted", s.status === "waitlisted" ? await sessionWaitlistPosition(tx, s) : null));
    }
    if (added.length || removed.length) {
      const emailLocale = toLocale(input.locale ?? registration.locale);
      const attendee = { name: input.name ?? registration.name, email: registration.email };
      // The update carries the first changed session's invite; any further one follows on its own.
      await deliverInvites(tx, {
        recipient: { id: registration.id, ...attendee, locale: emailLocale },
        conference,
        items: [...gained.map((s) => sessionInvite(s, conference, attendee, "REQUEST")), ...lost.map((s) => sessionInvite(s, conference, attendee, "CANCEL"))],
        primary: (parts) =>
          enqueueEmail(tx, {
            kind: "registration-updated",
            to: registration.email,
            toName: attendee.name,
            locale: emailLocale,
            conferenceId: conference.id,
            registrationId: registration.id,
            payload: { conference: conferenceSummary(conference, emailLocale), attendeeName: attendee.name, manageUrl: "", sessions: lines, ...parts },
          }),
      });
    }
    await tx.auditLog.create({
      data: {
        ...auditActor(options.actor),
        conferenceId: conference.id,
        entityType: "Registration",
        entityId: registration.id,
        action: "registration.update",
        before: { sessions: active.map((s) => s.sessionId) },
        after: { sessions: sessions.map((s) => s.sessionId), added, removed: removed.map((r) => r.sessionId) },
      },
    });
    for (const e of removed) if (e.status === "confirmed") await promoteWaitlist(tx, { conferenceId: conference.id, sessionId: e.sessionId, now });
    return { status: registration.status, sessions: lines.map((l) => ({ id: l.id, status: l.status, ...(l.waitlistPosition ? { waitlistPosition: l.waitlistPosition } : {}) })) };
  });
}
