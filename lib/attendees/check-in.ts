/**
 * Marks an attendee present, found by check-in code (from the QR code): at the entrance, or at a
 * session's door (room check-in). A session check-in also records the conference check-in when it
 * is missing. One use case for the check-in page and `POST /api/organiser/conferences/{id}/check-ins`.
 */
import "server-only";
import { z } from "zod";
import { API_TOKEN_LABEL_PREFIX, writeAuditLog } from "../audit";
import { db, type Tx } from "../db";
import { isUniqueViolation, writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { refuse, type Outcome, type Refusal } from "../outcome";
import { canEditSessionOf, conferenceAccess, type ConferenceAccess, type OrganiserActor } from "../hosts/permissions";
import { emitRegistrationEvent } from "../webhooks/emit";

export const checkInInput = z.object({
  code: z.string().trim().min(1, "required").max(40, "tooLong"),
  sessionId: z
    .string()
    .max(64)
    .nullish()
    .transform((v) => v || null),
});
export type CheckInInput = z.output<typeof checkInInput>;

/** The API's answer to a check-in (POST /api/organiser/conferences/{id}/check-ins); the route's body is typed against it. */
export const checkInResultSchema = z.object({ registrationId: z.string(), name: z.string(), sessionId: z.string().optional(), checkedInAt: z.iso.datetime(), alreadyCheckedIn: z.boolean() });

/** Codes are printed in capitals and may be typed with spaces or dashes. */
export function normaliseCheckInCode(code: string): string {
  return code.trim().toUpperCase().replace(/[^A-Z0-9]/g, "");
}

/** Who let the person in, as stored: the user's id, or "api-token:<id>" for a check-in through the API. */
function checkedInBy(actor: OrganiserActor): string {
  return "userId" in actor ? actor.userId : `${API_TOKEN_LABEL_PREFIX}${actor.apiTokenId}`;
}

export type SessionCount = { sessionId: string; present: number; confirmed: number };

export type CheckInOutcome = {
  registrationId: string;
  name: string;
  organisation: string | null;
  sessionId: string | null;
  /** When the person was first seen at this door (the entrance, or the session's room). */
  checkedInAt: Date;
  alreadyCheckedIn: boolean;
  /** The same as alreadyCheckedIn (the page's name for it). */
  already: boolean;
  /** Session check-in: whether the person holds a confirmed seat in it (null at the entrance). */
  inSession: boolean | null;
  present: number;
  confirmed: number;
  session: SessionCount | null;
};

/** What the check-in page shows after a scan (the server action maps the use case onto it). */
export type CheckInResult =
  | { ok: true; name: string; already: boolean; present: number; confirmed: number; inSession: boolean | null; session: SessionCount | null }
  | { ok: false; message: string };

/** Who may check in at which door: the entrance needs the whole conference, a session door its host's editors. */
function assertMayCheckIn(access: ConferenceAccess, session: { hostId: string } | null) {
  if (access.level === "none") throw new AppError("not_found", "Conference not found");
  if (session ? !canEditSessionOf(access, session.hostId) : access.level !== "manage") throw new AppError("forbidden", "You may not check attendees in here");
}

/** Only a confirmed registration is let in; one on the waiting list or cancelled is refused with its status. */
export type CheckInRefusal = Refusal<"not_confirmed", { status: "waitlisted" | "cancelled" }>;

export async function checkInAttendee(options: { conferenceId: string; code: string; sessionId?: string | null; actor: OrganiserActor; now?: Date }): Promise<Outcome<CheckInOutcome, CheckInRefusal>> {
  const now = options.now ?? new Date();
  const code = normaliseCheckInCode(options.code);
  const sessionId = options.sessionId ?? null;
  // Two scans of the same person at one door at once: the second insert meets the unique row and
  // is run again, which then finds it and answers "already checked in".
  for (let attempt = 1; ; attempt++) {
    try {
      return await writeTransaction((tx) => checkIn(tx, { ...options, code, sessionId, now }));
    } catch (error) {
      if (attempt < 3 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}

async function checkIn(tx: Tx, o: { conferenceId: string; code: string; sessionId: string | null; actor: OrganiserActor; now: Date }): Promise<Outcome<CheckInOutcome, CheckInRefusal>> {
  const access = await conferenceAccess(tx, o.actor, o.conferenceId);
  if (access.level === "none") throw new AppError("not_found", "Conference not found");
  const session = o.sessionId ? await tx.session.findFirst({ where: { id: o.sessionId, conferenceId: o.conferenceId, status: "scheduled" }, select: { id: true, hostId: true } }) : null;
  if (o.sessionId && !session) throw new AppError("validation", "Unknown session", { sessionId: "unknownSession" });
  assertMayCheckIn(access, session);
  const registration = o.code ? await tx.registration.findFirst({ where: { conferenceId: o.conferenceId, checkInCode: o.code } }) : null;
  if (!registration) throw new AppError("not_found", "No registration with this code");
  // Nothing written yet: the transaction ends without a change.
  if (registration.status !== "confirmed") return refuse("not_confirmed", { status: registration.status });

  let entranceAt = registration.checkedInAt;
  if (!entranceAt) {
    entranceAt = o.now;
    await tx.registration.update({ where: { id: registration.id }, data: { checkedInAt: o.now, checkedInBy: checkedInBy(o.actor) } });
    await writeAuditLog(tx, { actor: o.actor, conferenceId: o.conferenceId, entityType: "Registration", entityId: registration.id, action: "registration.check-in", at: o.now });
    await emitRegistrationEvent(tx, { type: "checkin.created", conferenceId: o.conferenceId, registrationId: registration.id, now: o.now, extra: { sessionId: null } });
  }
  let door = { checkedInAt: entranceAt, already: registration.checkedInAt !== null };
  let inSession: boolean | null = null;
  if (session) {
    const existing = await tx.sessionCheckIn.findUnique({ where: { registrationId_sessionId: { registrationId: registration.id, sessionId: session.id } } });
    if (existing) door = { checkedInAt: existing.checkedInAt, already: true };
    else {
      await tx.sessionCheckIn.create({ data: { registrationId: registration.id, sessionId: session.id, checkedInAt: o.now, checkedInById: "userId" in o.actor ? o.actor.userId : null } });
      await writeAuditLog(tx, { actor: o.actor, conferenceId: o.conferenceId, entityType: "Registration", entityId: registration.id, action: "session.check-in", after: { sessionId: session.id }, at: o.now });
      await emitRegistrationEvent(tx, { type: "checkin.created", conferenceId: o.conferenceId, registrationId: registration.id, now: o.now, extra: { sessionId: session.id } });
      door = { checkedInAt: o.now, already: false };
    }
    inSession = (await tx.sessionRegistration.count({ where: { registrationId: registration.id, sessionId: session.id, status: "confirmed" } })) > 0;
  }
  const { present, confirmed } = await conferenceCounts(tx, o.conferenceId);
  return {
    ok: true,
    registrationId: registration.id,
    name: registration.name,
    organisation: registration.organisation,
    sessionId: session?.id ?? null,
    checkedInAt: door.checkedInAt,
    alreadyCheckedIn: door.already,
    already: door.already,
    inSession,
    present,
    confirmed,
    session: session ? (await sessionCounts(tx, o.conferenceId, [session.id]))[0] : null,
  };
}

async function conferenceCounts(tx: Tx, conferenceId: string) {
  const [present, confirmed] = await Promise.all([
    tx.registration.count({ where: { conferenceId, checkedInAt: { not: null } } }),
    tx.registration.count({ where: { conferenceId, status: "confirmed" } }),
  ]);
  return { present, confirmed };
}

/** Per session: people seen at its door, and confirmed seats. */
async function sessionCounts(tx: Tx, conferenceId: string, sessionIds: string[]): Promise<SessionCount[]> {
  const [present, confirmed] = await Promise.all([
    tx.sessionCheckIn.groupBy({ by: ["sessionId"], where: { sessionId: { in: sessionIds }, session: { conferenceId } }, _count: { _all: true } }),
    tx.sessionRegistration.groupBy({ by: ["sessionId"], where: { sessionId: { in: sessionIds }, status: "confirmed", session: { conferenceId } }, _count: { _all: true } }),
  ]);
  const p = new Map(present.map((r) => [r.sessionId, r._count._all]));
  const c = new Map(confirmed.map((r) => [r.sessionId, r._count._all]));
  return sessionIds.map((sessionId) => ({ sessionId, present: p.get(sessionId) ?? 0, confirmed: c.get(sessionId) ?? 0 }));
}

export type CheckInSessionOption = { id: string; title: string; startsAt: Date; endsAt: Date; room: string | null; present: number; confirmed: number };

/**
 * The check-in desk: the conference, how many confirmed attendees are present, and the sessions
 * this user may check people into with their live counts (partner editors: their host's sessions).
 */
export async function checkInStatus(options: { conferenceId: string; actor: { userId: string } }) {
  const access = await conferenceAccess(db, options.actor.userId, options.conferenceId);
  if (access.level === "none") throw new AppError("not_found", "Conference not found");
  const conference = await db.conference.findUniqueOrThrow({ where: { id: options.conferenceId }, select: { title: true, titleEn: true, timeZone: true } });
  const { present, confirmed } = await conferenceCounts(db, options.conferenceId);
  const sessions = await db.session.findMany({
    where: { conferenceId: options.conferenceId, status: "scheduled", ...(access.level === "manage" ? {} : { hostId: { in: access.hostIds } }) },
    select: { id: true, title: true, startsAt: true, endsAt: true, room: { select: { name: true } } },
    orderBy: [{ startsAt: "asc" }, { title: "asc" }],
  });
  const counts = new Map((await sessionCounts(db, options.conferenceId, sessions.map((s) => s.id))).map((c) => [c.sessionId, c]));
  const mayCheckIn = access.level === "manage" || (access.level === "sessions-of-hosts" && sessions.length > 0);
  return {
    title: conference.title,
    titleEn: conference.titleEn,
    timeZone: conference.timeZone,
    present,
    confirmed,
    /** May check in at the entrance (whole conference). */
    canCheckIn: access.level === "manage",
    /** May check in at some door (the entrance or their sessions'). */
    mayCheckIn,
    sessions: access.level === "read" ? [] : sessions.map((s): CheckInSessionOption => ({ id: s.id, title: s.title, startsAt: s.startsAt, endsAt: s.endsAt, room: s.room?.name ?? null, present: counts.get(s.id)?.present ?? 0, confirmed: counts.get(s.id)?.confirmed ?? 0 })),
  };
}
