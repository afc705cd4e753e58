/** A conference's rooms, tracks and speakers for the organiser's resources page, with how much each is used. */
import "server-only";
import { db } from "../db";
import { requireConferenceAccess } from "../hosts/permissions";

export async function loadResources(options: { conferenceId: string; actor: { userId: string } }) {
  const access = await requireConferenceAccess(db, options.actor.userId, options.conferenceId, "read");
  const active = { status: { not: "cancelled" as const } };
  const conference = await db.conference.findUniqueOrThrow({
    where: { id: options.conferenceId },
    select: {
      id: true,
      title: true,
      titleEn: true,
      rooms: { orderBy: [{ position: "asc" }, { name: "asc" }], include: { _count: { select: { sessions: { where: active } } } } },
      tracks: { orderBy: [{ position: "asc" }, { name: "asc" }], include: { _count: { select: { sessions: true } } } },
      speakers: { orderBy: { name: "asc" }, include: { sessions: { where: { session: active }, select: { session: { select: { title: true } } } } } },
    },
  });
  return {
    conference: { id: conference.id, title: conference.title, titleEn: conference.titleEn },
    canManage: access.level === "manage",
    rooms: conference.rooms.map((r) => ({ id: r.id, name: r.name, description: r.description ?? "", descriptionEn: r.descriptionEn ?? "", capacity: r.capacity, sessions: r._count.sessions })),
    tracks: conference.tracks.map((t) => ({ id: t.id, name: t.name, color: t.color, sessions: t._count.sessions })),
    speakers: conference.speakers.map((s) => ({ id: s.id, name: s.name, organisation: s.organisation ?? "", bio: s.bio ?? "", email: s.email ?? "", sessions: s.sessions.map((x) => x.session.title) })),
  };
}

export type Resources = Awaited<ReturnType<typeof loadResources>>;
