/**
 * `GET /api/organiser/conferences/{id}/sessions`: every session of the conference as its organisers
 * see it (drafts and cancelled ones included), for anyone with a role on it or a token scoped to it.
 */
import "server-only";
import { z } from "zod";
import "zod-openapi";
import { waitlistLengths } from "../conferences/queries";
import { db } from "../db";
import { requireConferenceAccess, type OrganiserActor } from "../hosts/permissions";
import { seatsLeft } from "../registrations/rules";
import { toIsoWithOffset } from "../time/zoned";
import { SESSION_FORMATS } from "./schema";

const dateTime = z.iso.datetime({ offset: true });
const SESSION_STATUSES = ["draft", "scheduled", "cancelled"] as const;

export const sessionListQuery = z.object({ status: z.enum(SESSION_STATUSES, "invalid").optional() }).strict();
export type SessionListQuery = z.output<typeof sessionListQuery>;

export const organiserSessionSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    abstract: z.string(),
    status: z.enum(SESSION_STATUSES),
    format: z.enum(SESSION_FORMATS),
    language: z.string(),
    startsAt: dateTime,
    endsAt: dateTime,
    room: z.object({ id: z.string(), name: z.string() }).nullable(),
    track: z.object({ id: z.string(), name: z.string() }).nullable(),
    host: z.object({ id: z.string(), slug: z.string(), shortName: z.string() }),
    speakers: z.array(z.object({ id: z.string(), name: z.string(), organisation: z.string().nullable() })),
    capacity: z.number().int().nullable(),
    seatsTaken: z.number().int(),
    seatsLeft: z.number().int().nullable(),
    waitlistLength: z.number().int(),
    revision: z.number().int().meta({ description: "Goes up with every change attendees see (the calendar SEQUENCE)." }),
    cancelledAt: dateTime.nullable(),
    updatedAt: dateTime,
  })
  .meta({ id: "OrganiserSession" });

export const sessionListSchema = z.object({ sessions: z.array(organiserSessionSchema) }).meta({ id: "OrganiserSessionList" });

export async function listSessions(options: { conferenceId: string; actor: OrganiserActor; query: SessionListQuery }): Promise<z.input<typeof sessionListSchema>> {
  await requireConferenceAccess(db, options.actor, options.conferenceId, "read");
  const [conference, sessions, waiting] = await Promise.all([
    db.conference.findUniqueOrThrow({ where: { id: options.conferenceId }, select: { timeZone: true } }),
    db.session.findMany({
      where: { conferenceId: options.conferenceId, ...(options.query.status ? { status: options.query.status } : {}) },
      orderBy: [{ startsAt: "asc" }, { endsAt: "asc" }, { title: "asc" }],
      include: {
        room: { select: { id: true, name: true } },
        track: { select: { id: true, name: true } },
        host: { select: { id: true, slug: true, shortName: true } },
        speakers: { orderBy: { position: "asc" }, include: { speaker: { select: { id: true, name: true, organisation: true } } } },
      },
    }),
    waitlistLengths(options.conferenceId),
  ]);
  const iso = (d: Date) => toIsoWithOffset(d, conference.timeZone);
  return {
    sessions: sessions.map((s) => ({
      id: s.id,
      title: s.title,
      abstract: s.abstract,
      status: s.status,
      format: s.format,
      language: s.language,
      startsAt: iso(s.startsAt),
      endsAt: iso(s.endsAt),
      room: s.room,
      track: s.track,
      host: s.host,
      speakers: s.speakers.map((sp) => sp.speaker),
      capacity: s.capacity,
      seatsTaken: s.seatsTaken,
      seatsLeft: seatsLeft(s.capacity, s.seatsTaken),
      waitlistLength: waiting.get(s.id) ?? 0,
      revision: s.revision,
      cancelledAt: s.cancelledAt ? iso(s.cancelledAt) : null,
      updatedAt: iso(s.updatedAt),
    })),
  };
}
