/** One day of a conference's timetable as the organiser workspace shows it, with what this user may change. */
import "server-only";
import { db } from "../db";
import { canEditSessionOf, requireConferenceAccess } from "../hosts/permissions";
import { toWallTime } from "../time/zoned";
import { conferenceDays } from "./rules";

const pad = (n: number) => String(n).padStart(2, "0");

export async function loadTimetable(options: { conferenceId: string; actor: { userId: string }; day?: string }) {
  const access = await requireConferenceAccess(db, options.actor.userId, options.conferenceId, "read");
  const conference = await db.conference.findUniqueOrThrow({
    where: { id: options.conferenceId },
    include: {
      rooms: { orderBy: [{ position: "asc" }, { name: "asc" }] },
      tracks: { orderBy: [{ position: "asc" }, { name: "asc" }] },
      speakers: { orderBy: { name: "asc" }, select: { id: true, name: true, organisation: true } },
      hosts: { orderBy: { position: "asc" }, include: { host: { select: { id: true, shortName: true, name: true } } } },
      sessions: {
        orderBy: { startsAt: "asc" },
        include: { host: { select: { shortName: true } }, speakers: { orderBy: { position: "asc" }, include: { speaker: { select: { id: true, name: true } } } } },
      },
    },
  });
  const days = conferenceDays(conference.startsAt, conference.endsAt, conference.timeZone);
  const day = options.day && days.includes(options.day) ? options.day : days[0];
  const wall = (d: Date) => {
    const w = toWallTime(d, conference.timeZone);
    return { day: `${w.year}-${pad(w.month)}-${pad(w.day)}`, minutes: w.hour * 60 + w.minute, time: `${pad(w.hour)}:${pad(w.minute)}` };
  };
  const sessions = conference.sessions
    .map((s) => {
      const start = wall(s.startsAt);
      const end = wall(s.endsAt);
      return {
        id: s.id,
        title: s.title,
        format: s.format,
        status: s.status,
        hostId: s.hostId,
        host: s.host.shortName,
        roomId: s.roomId,
        capacity: s.capacity,
        seatsTaken: s.seatsTaken,
        speakers: s.speakers.map((x) => x.speaker.name),
        speakerIds: s.speakers.map((x) => x.speaker.id),
        abstract: s.abstract,
        titleEn: s.titleEn ?? "",
        abstractEn: s.abstractEn ?? "",
        language: s.language,
        trackId: s.trackId,
        day: start.day,
        start: start.time,
        startMinute: start.minutes,
        // A session past midnight is drawn to the end of its first day.
        endMinute: end.day === start.day ? end.minutes : 24 * 60,
        minutes: Math.round((s.endsAt.getTime() - s.startsAt.getTime()) / 60_000),
        canEdit: canEditSessionOf(access, s.hostId) && s.status !== "cancelled",
      };
    })
    .filter((s) => s.day === day);
  return {
    conference: { id: conference.id, title: conference.title, titleEn: conference.titleEn, slug: conference.slug, timeZone: conference.timeZone, status: conference.status },
    access,
    days,
    day,
    rooms: conference.rooms.map((r) => ({ id: r.id, name: r.name, capacity: r.capacity })),
    tracks: conference.tracks.map((t) => ({ id: t.id, name: t.name, color: t.color })),
    speakers: conference.speakers.map((x) => ({ id: x.id, name: x.name, organisation: x.organisation })),
    hosts: conference.hosts.map((h) => ({ id: h.host.id, shortName: h.host.shortName, name: h.host.name, role: h.role, canSchedule: canEditSessionOf(access, h.host.id) })),
    sessions,
  };
}

export type Timetable = Awaited<ReturnType<typeof loadTimetable>>;
export type TimetableSession = Timetable["sessions"][number];
