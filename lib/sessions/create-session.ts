/**
 * Schedules a new session. Organising hosts may create sessions for any host of the conference; a
 * partner host's editors only for their own host. The same conflict rules as a move apply.
 */
import "server-only";
import type { z } from "zod";
import { writeAuditLog } from "../audit";
import type { Tx } from "../db";
import { writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { canEditSessionOf, requireConferenceAccess } from "../hosts/permissions";
import { checkTrackAndSpeakers } from "./details";
import { refusalsOf, refuse, type Outcome } from "../outcome";
import { scheduleConflicts, type ScheduleRefusal } from "./rules";
import { createSessionInput, slotToInstants } from "./schema";
import { emitSessionEvent } from "../webhooks/emit";
import { publicConferenceChanged } from "../conferences/public-cache";

export async function createSession(options: { input: z.output<typeof createSessionInput>; actor: { userId: string }; now?: Date }) {
  // Conflicts are a typed refusal; the transaction rolls back (nothing written, no cached page dropped).
  return refusalsOf<Outcome<{ session: Awaited<ReturnType<typeof create>> }, ScheduleRefusal>, ScheduleRefusal>((rollBack) =>
    writeTransaction(async (tx) => ({ ok: true as const, session: await create(tx, options, rollBack) })),
  );
}

async function create(tx: Tx, options: { input: z.output<typeof createSessionInput>; actor: { userId: string }; now?: Date }, rollBack: (refusal: ScheduleRefusal) => never) {
  const input = options.input;
  {
    const access = await requireConferenceAccess(tx, options.actor.userId, input.conferenceId, "sessions");
    publicConferenceChanged(tx, input.conferenceId);
    const conference = await tx.conference.findUniqueOrThrow({ where: { id: input.conferenceId }, include: { hosts: { select: { hostId: true } } } });
    if (!conference.hosts.some((h) => h.hostId === input.hostId)) throw new AppError("validation", "Unknown host", { hostId: "unknownHost" });
    if (!canEditSessionOf(access, input.hostId)) throw new AppError("forbidden", "You may only schedule sessions of your own host");
    if (input.roomId && !(await tx.room.findFirst({ where: { id: input.roomId, conferenceId: conference.id } }))) {
      throw new AppError("validation", "Unknown room", { roomId: "unknownRoom" });
    }
    const speakerIds = [...new Set(input.speakerIds)];
    const speakerNames = await checkTrackAndSpeakers(tx, conference.id, { trackId: input.trackId, speakerIds });
    const { startsAt, endsAt } = slotToInstants(input, conference.timeZone);
    const others = await tx.session.findMany({
      where: { conferenceId: conference.id, status: { not: "cancelled" }, startsAt: { lt: endsAt }, endsAt: { gt: startsAt } },
      select: { id: true, title: true, startsAt: true, endsAt: true, roomId: true, speakers: { select: { speakerId: true } } },
    });
    const conflicts = scheduleConflicts(
      { title: input.title, startsAt, endsAt, roomId: input.roomId ?? null, speakerIds },
      { conference, others: others.map((o) => ({ ...o, speakerIds: o.speakers.map((s) => s.speakerId) })), speakerNames },
    );
    if (conflicts.length) rollBack(refuse("schedule_conflict", { conflicts }));
    const session = await tx.session.create({
      data: {
        conferenceId: conference.id,
        hostId: input.hostId,
        roomId: input.roomId,
        title: input.title,
        abstract: input.abstract,
        titleEn: input.titleEn,
        abstractEn: input.abstractEn,
        format: input.format,
        language: input.language,
        trackId: input.trackId,
        capacity: input.capacity,
        status: input.status,
        startsAt,
        endsAt,
        speakers: { create: speakerIds.map((speakerId, position) => ({ speakerId, position })) },
      },
    });
    await writeAuditLog(tx, {
      actor: options.actor,
      conferenceId: conference.id,
      entityType: "Session",
      entityId: session.id,
      action: "session.create",
      after: { title: session.title, hostId: session.hostId, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), roomId: session.roomId, capacity: session.capacity, status: session.status, format: session.format, language: session.language, trackId: session.trackId, speakerIds },
    });
    await emitSessionEvent(tx, { type: "session.changed", conferenceId: conference.id, sessionId: session.id, now: options.now ?? new Date(), extra: { changed: ["created"] } });
    return session;
  }
}
