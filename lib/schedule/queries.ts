/** The programme behind schedule.json / schedule.xml: published or archived conferences only. */
import "server-only";
import { db } from "../db";
import { PUBLIC_STATUSES } from "../conferences/queries";
import type { ScheduleInput } from "./frab";

export async function loadSchedule(slug: string): Promise<ScheduleInput | null> {
  return db.conference.findFirst({
    where: { slug, status: { in: [...PUBLIC_STATUSES] } },
    select: {
      slug: true,
      title: true,
      description: true,
      timeZone: true,
      startsAt: true,
      endsAt: true,
      venueName: true,
      rooms: { orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true, description: true, capacity: true } },
      tracks: { orderBy: { position: "asc" }, select: { name: true, color: true } },
      sessions: {
        where: { status: "scheduled" },
        orderBy: [{ startsAt: "asc" }, { title: "asc" }],
        select: {
          id: true,
          title: true,
          abstract: true,
          format: true,
          language: true,
          status: true,
          startsAt: true,
          endsAt: true,
          room: { select: { id: true, name: true } },
          track: { select: { name: true } },
          speakers: { orderBy: { position: "asc" }, select: { speaker: { select: { id: true, name: true, bio: true } } } },
        },
      },
    },
  });
}
