/**
 * An organiser changes a session's time, room, title, capacity or details (abstract, format,
 * language, track, speakers, draft/scheduled). Conflicts are refused with a
 * clear message. When attendees can see the change (title, time, room of a scheduled session of a
 * published conference), the revision goes up and every attendee holding a seat gets an updated
 * invite — same UID, higher SEQUENCE, METHOD:REQUEST — through the outbox, in the same transaction.
 * Updates wait a few minutes and coalesce, so a series of edits reaches each attendee as one.
 */
import "server-only";
import { z } from "zod";
import { writeAuditLog } from "../audit";
import type { Tx } from "../db";
import { writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { toLocale } from "../i18n-server";
import { assertCanEditSession, type OrganiserActor } from "../hosts/permissions";
import { enqueueAttendeeEmail } from "../registrations/attendee-email";
import { enqueueSessionUpdate, sessionInvite, stampInvite } from "../registrations/calendar-invites";
import { conferenceMailInclude, sessionLine, sessionMailSelect, type ConferenceForMail, type SessionForMail } from "../registrations/payloads";
import { promoteWaitlist } from "../registrations/promote-waitlist";
import { lockSession, sessionWaitlistPosition } from "../registrations/seats";
import { emitRegistrationEvent, emitSessionEvent } from "../webhooks/emit";
import { checkTrackAndSpeakers } from "./details";
import { refusalsOf, refuse, type Outcome } from "../outcome";
import { overflowToWaitlist, scheduleConflicts, statusConflicts, type ScheduleRefusal } from "./rules";
import { optionalId, optionalText } from "../validation/fields";
import { SESSION_FORMATS, SESSION_LANGUAGES, slotInput, slotToInstants } from "./schema";
import { publicConferenceChanged } from "../conferences/public-cache";

/** `PATCH /api/organiser/sessions/{id}` and the timetable: partial, absent = unchanged (lib/validation/fields.ts). */
export const sessionChanges = z
  .object({
    title: z.string().trim().min(1).max(300).optional(),
    startsAt: z.coerce.date().optional(),
    endsAt: z.coerce.date().optional(),
    roomId: optionalId,
    capacity: z.number().int().min(0).max(100_000).nullable().optional(),
    abstract: z.string().max(10_000).optional(),
    /** English versions; null or "" clears (the English site then shows the German text). */
    titleEn: optionalText(300),
    abstractEn: optionalText(10_000),
    status: z.enum(["draft", "scheduled"]).optional(),
    format: z.enum(SESSION_FORMATS).optional(),
    language: z.enum(SESSION_LANGUAGES).optional(),
    trackId: optionalId,
    /** The full list in speaking order; replaces the current speakers. */
    speakerIds: z.array(z.string().min(1).max(64)).max(20).optional(),
    /** Wall-clock slot in the conference's time zone; wins over startsAt/endsAt. */
    slot: slotInput.omit({ roomId: true }).optional(),
    /** The organiser chose to move confirmed seats beyond a lowered capacity to the waiting list. */
    overflowToWaitlist: z.boolean().optional(),
  })
  .strict();

export type SessionChanges = z.infer<typeof sessionChanges>;

/** The API's answer to a change (PATCH /api/organiser/sessions/{id}); the route's body is typed against it. */
export const sessionUpdatedSchema = z.object({
  id: z.string(),
  title: z.string(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  revision: z.number().int(),
  notified: z.number().int().meta({ description: "Attendees an update was queued for." }),
});

type UpdateOptions = { sessionId: string; actor: OrganiserActor; changes: SessionChanges; now?: Date };

/** Conflicts are a typed refusal; the transaction rolls back (the row lock released, nothing written, no cached page dropped). */
export async function updateSession(options: UpdateOptions) {
  return refusalsOf<Outcome<{ session: Awaited<ReturnType<typeof update>> }, ScheduleRefusal>, ScheduleRefusal>((rollBack) =>
    writeTransaction(async (tx) => ({ ok: true as const, session: await update(tx, options, rollBack) })),
  );
}

async function update(tx: Tx, options: UpdateOptions, rollBack: (refusal: ScheduleRefusal) => never) {
  const changes = options.changes;
  const now = options.now ?? new Date();
  {
    // Lock the row before reading seatsTaken, so a registration cannot slip in between the
    // capacity check and the update (a no-op for an unknown id; rolled back if refused).
    await lockSession(tx, options.sessionId);
    const session = await tx.session.findUnique({
      where: { id: options.sessionId },
      include: { room: { select: { id: true, name: true } }, speakers: { select: { speakerId: true } }, conference: { include: conferenceMailInclude } },
    });
    if (!session) throw new AppError("not_found", "Session not found");
    publicConferenceChanged(tx, session.conferenceId);
    await assertCanEditSession(tx, options.actor, session);
    if (changes.roomId) {
      const room = await tx.room.findFirst({ where: { id: changes.roomId, conferenceId: session.conferenceId } });
      if (!room) throw new AppError("validation", "Unknown room", { roomId: "unknownRoom" });
    }
    const currentSpeakerIds = session.speakers.map((s) => s.speakerId);
    const speakerIds = changes.speakerIds ? [...new Set(changes.speakerIds)] : currentSpeakerIds;
    const speakerNames = await checkTrackAndSpeakers(tx, session.conferenceId, { trackId: changes.trackId, speakerIds });
    const speakersChanged = speakerIds.join() !== currentSpeakerIds.join();

    const slot = changes.slot ? slotToInstants(changes.slot, session.conference.timeZone) : null;
    const next = {
      title: changes.title ?? session.title,
      startsAt: slot?.startsAt ?? changes.startsAt ?? session.startsAt,
      endsAt: slot?.endsAt ?? changes.endsAt ?? session.endsAt,
      roomId: changes.roomId === undefined ? session.roomId : changes.roomId,
      capacity: changes.capacity === undefined ? session.capacity : changes.capacity,
    };
    const others = await tx.session.findMany({
      where: { conferenceId: session.conferenceId, id: { not: session.id }, status: { not: "cancelled" }, startsAt: { lt: next.endsAt }, endsAt: { gt: next.startsAt } },
      select: { id: true, title: true, startsAt: true, endsAt: true, roomId: true, speakers: { select: { speakerId: true } } },
    });
    const status = changes.status ?? session.status;
    const registrations = status === session.status ? 0 : await tx.sessionRegistration.count({ where: { sessionId: session.id, status: { not: "cancelled" } } });
    const conflicts = [
      ...scheduleConflicts(
        { id: session.id, ...next, speakerIds },
        {
          conference: session.conference,
          others: others.map((o) => ({ ...o, speakerIds: o.speakers.map((s) => s.speakerId) })),
          capacity: changes.overflowToWaitlist ? null : next.capacity,
          confirmed: session.seatsTaken,
          speakerNames,
        },
      ),
      ...statusConflicts(session.status, status, registrations),
    ];
    if (conflicts.length) rollBack(refuse("schedule_conflict", { conflicts }));

    // Before the capacity shrinks (the database refuses seatsTaken > capacity): free the excess seats.
    const movedToWaitlist = next.capacity !== null && session.seatsTaken > next.capacity ? await moveExcessToWaitlist(tx, session.id, next.capacity) : [];

    const visible = next.title !== session.title || +next.startsAt !== +session.startsAt || +next.endsAt !== +session.endsAt || next.roomId !== session.roomId;
    const announce = visible && session.status === "scheduled" && session.conference.status === "published";
    let notified = 0;
    const details = {
      abstract: changes.abstract ?? session.abstract,
      titleEn: changes.titleEn === undefined ? session.titleEn : changes.titleEn,
      abstractEn: changes.abstractEn === undefined ? session.abstractEn : changes.abstractEn,
      format: changes.format ?? session.format,
      language: changes.language ?? session.language,
      trackId: changes.trackId === undefined ? session.trackId : changes.trackId,
    };
    if (speakersChanged) await tx.sessionSpeaker.deleteMany({ where: { sessionId: session.id } });
    const updated = await tx.session.update({
      where: { id: session.id },
      data: {
        ...next,
        status,
        ...details,
        ...(speakersChanged ? { speakers: { create: speakerIds.map((speakerId, position) => ({ speakerId, position })) } } : {}),
        ...(announce ? { revision: { increment: 1 } } : {}),
      },
      select: sessionMailSelect,
    });
    await writeAuditLog(tx, {
      actor: options.actor,
      conferenceId: session.conferenceId,
      entityType: "Session",
      entityId: session.id,
      action: "session.update",
      before: {
        title: session.title,
        startsAt: session.startsAt.toISOString(),
        endsAt: session.endsAt.toISOString(),
        roomId: session.roomId,
        capacity: session.capacity,
        status: session.status,
        ...(details.abstract !== session.abstract ? { abstract: session.abstract } : {}),
        ...(details.titleEn !== session.titleEn ? { titleEn: session.titleEn } : {}),
        ...(details.abstractEn !== session.abstractEn ? { abstractEn: session.abstractEn } : {}),
        format: session.format,
        language: session.language,
        trackId: session.trackId,
        speakerIds: currentSpeakerIds,
      },
      after: {
        title: next.title,
        startsAt: next.startsAt.toISOString(),
        endsAt: next.endsAt.toISOString(),
        roomId: next.roomId,
        capacity: next.capacity,
        status,
        ...(details.abstract !== session.abstract ? { abstract: details.abstract } : {}),
        ...(details.titleEn !== session.titleEn ? { titleEn: details.titleEn } : {}),
        ...(details.abstractEn !== session.abstractEn ? { abstractEn: details.abstractEn } : {}),
        format: details.format,
        language: details.language,
        trackId: details.trackId,
        speakerIds,
        ...(movedToWaitlist.length ? { movedToWaitlist: movedToWaitlist.map((m) => m.registrationId) } : {}),
      },
    });
    if (announce) {
      const changed: Record<string, { before: string | null; after: string | null }> = {};
      if (next.title !== session.title) changed.title = { before: session.title, after: next.title };
      if (+next.startsAt !== +session.startsAt) changed.startsAt = { before: session.startsAt.toISOString(), after: next.startsAt.toISOString() };
      if (+next.endsAt !== +session.endsAt) changed.endsAt = { before: session.endsAt.toISOString(), after: next.endsAt.toISOString() };
      if (next.roomId !== session.roomId) changed.room = { before: session.room?.name ?? null, after: updated.room?.name ?? null };
      notified = await notifyHolders(tx, session.conference, updated, "session-updated", changed, now);
    }
    const changedFields = [
      ...(next.title !== session.title ? ["title"] : []),
      ...(+next.startsAt !== +session.startsAt ? ["startsAt"] : []),
      ...(+next.endsAt !== +session.endsAt ? ["endsAt"] : []),
      ...(next.roomId !== session.roomId ? ["room"] : []),
      ...(next.capacity !== session.capacity ? ["capacity"] : []),
      ...(status !== session.status ? ["status"] : []),
      ...(details.abstract !== session.abstract ? ["abstract"] : []),
      ...(details.format !== session.format ? ["format"] : []),
      ...(details.language !== session.language ? ["language"] : []),
      ...(details.trackId !== session.trackId ? ["track"] : []),
      ...(speakersChanged ? ["speakers"] : []),
    ];
    if (changedFields.length) await emitSessionEvent(tx, { type: "session.changed", conferenceId: session.conferenceId, sessionId: session.id, now, extra: { changed: changedFields } });
    for (const m of movedToWaitlist) await emitRegistrationEvent(tx, { type: "registration.updated", conferenceId: session.conferenceId, registrationId: m.registrationId, now, extra: { changed: ["sessions"] } });
    if (movedToWaitlist.length && session.status === "scheduled") await notifyMovedToWaitlist(tx, session.conference, updated, movedToWaitlist);
    // More seats: the waiting list moves up.
    if (session.status === "scheduled" && (next.capacity === null || (session.capacity !== null && next.capacity > session.capacity))) {
      await promoteWaitlist(tx, { conferenceId: session.conferenceId, sessionId: session.id, now });
    }
    return { ...updated, notified, movedToWaitlist: movedToWaitlist.length };
  }
}

/**
 * Turns the latest confirmed seats beyond `capacity` into waiting-list places. They keep their
 * original registration time as waiting-list time, so they stand ahead of anyone who joined later.
 */
async function moveExcessToWaitlist(tx: Tx, sessionId: string, capacity: number) {
  const confirmed = await tx.sessionRegistration.findMany({ where: { sessionId, status: "confirmed" }, select: { id: true, registrationId: true, confirmedAt: true, createdAt: true } });
  const moving = overflowToWaitlist(confirmed, capacity);
  for (const entry of moving) {
    await tx.sessionRegistration.update({ where: { id: entry.id }, data: { status: "waitlisted", waitlistedAt: entry.createdAt, confirmedAt: null } });
  }
  if (moving.length) await tx.session.update({ where: { id: sessionId }, data: { seatsTaken: { decrement: moving.length } } });
  return moving;
}

/** Those who lost their seat get the session as waitlisted and a CANCEL for the invite they held. */
async function notifyMovedToWaitlist(tx: Tx, conference: ConferenceWithHosts, session: SessionRow, moved: { id: number; registrationId: string }[]) {
  for (const entry of moved) {
    const r = await tx.registration.findUniqueOrThrow({ where: { id: entry.registrationId }, select: { id: true, name: true, email: true, locale: true } });
    const locale = toLocale(r.locale);
    const position = await sessionWaitlistPosition(tx, { id: entry.id, sessionId: session.id, waitlistedAt: (await tx.sessionRegistration.findUniqueOrThrow({ where: { id: entry.id } })).waitlistedAt });
    await enqueueAttendeeEmail(tx, {
      kind: "session-updated",
      registration: r,
      conference,
      locale,
      dedupeKey: `session-waitlisted:${session.id}:${entry.id}:${Date.now()}`,
      payload: {
        session: sessionLine(session, "waitlisted", position, locale),
        changes: {},
        invite: await stampInvite(tx, r.id, sessionInvite(session, conference, { name: r.name, email: r.email }, "CANCEL", locale)),
      },
    });
  }
}

type ConferenceWithHosts = ConferenceForMail;
type SessionRow = SessionForMail;

/**
 * One email per attendee holding a seat: an updated invite (REQUEST; delayed and coalesced, see
 * enqueueSessionUpdate) or the cancellation (CANCEL; at once).
 */
export async function notifyHolders(
  tx: Tx,
  conference: ConferenceWithHosts,
  session: SessionRow,
  kind: "session-updated" | "session-cancelled",
  changes: Record<string, { before: string | null; after: string | null }> = {},
  now: Date = new Date(),
) {
  const holders = await tx.sessionRegistration.findMany({
    where: { sessionId: session.id, status: "confirmed", registration: { status: "confirmed" } },
    include: { registration: { select: { id: true, name: true, email: true, locale: true } } },
  });
  for (const { registration: r } of holders) {
    if (kind === "session-updated") {
      await enqueueSessionUpdate(tx, r, conference, session, changes, now);
      continue;
    }
    const locale = toLocale(r.locale);
    await enqueueAttendeeEmail(tx, {
      kind,
      registration: r,
      conference,
      locale,
      dedupeKey: `${kind}:${session.id}:${session.revision}:${r.id}`,
      payload: {
        session: sessionLine(session, "cancelled", null, locale),
        invite: await stampInvite(tx, r.id, sessionInvite(session, conference, { name: r.name, email: r.email }, "CANCEL", locale)),
      },
    });
  }
  return holders.length;
}
