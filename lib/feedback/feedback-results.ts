/**
 * Feedback results per session for organisers: distribution, average and comments, never names.
 * Organising hosts (any role) and admins see every session; a partner host's members see only the
 * sessions their host is responsible for.
 */
import "server-only";
import { db } from "../db";
import { requireConferenceAccess } from "../hosts/permissions";
import { summariseRatings } from "./rules";

export type SessionFeedbackResult = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  room: string | null;
  hostName: string;
  count: number;
  average: number | null;
  distribution: [number, number, number, number, number];
  comments: string[];
};

export async function feedbackResults(options: { conferenceId: string; actor: { userId: string } }) {
  return db.$transaction(async (tx) => {
    const access = await requireConferenceAccess(tx, options.actor.userId, options.conferenceId, "read");
    const conference = await tx.conference.findUniqueOrThrow({ where: { id: options.conferenceId }, select: { title: true, titleEn: true, timeZone: true } });
    const sessions = await tx.session.findMany({
      where: { conferenceId: options.conferenceId, status: "scheduled", ...(access.readHostIds ? { hostId: { in: access.readHostIds } } : {}) },
      select: { id: true, title: true, startsAt: true, endsAt: true, room: { select: { name: true } }, host: { select: { name: true } }, feedback: { select: { rating: true, comment: true, updatedAt: true } } },
      orderBy: [{ startsAt: "asc" }, { title: "asc" }],
    });
    return {
      conference,
      wholeConference: access.readHostIds === null,
      canManage: access.level === "manage",
      sessions: sessions.map((s): SessionFeedbackResult => ({
        id: s.id,
        title: s.title,
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        room: s.room?.name ?? null,
        hostName: s.host.name,
        ...summariseRatings(s.feedback.map((f) => f.rating)),
        // Newest first; the rows carry no names and the list no registration ids.
        comments: [...s.feedback]
          .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime())
          .map((f) => f.comment?.trim() ?? "")
          .filter(Boolean),
      })),
    };
  });
}
