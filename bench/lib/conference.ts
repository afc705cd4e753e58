/**
 * The conference the registration benchmarks register for: published, open for registration, in
 * 60 days, organised by the demo's BiSMit, with one session without a seat limit.
 */
import type { Db } from "../../lib/db";

export async function createBenchConference(db: Db, slug: string): Promise<{ id: string; slug: string; sessionId: string }> {
  const host = await db.host.findFirstOrThrow({ where: { slug: "bismit" } });
  const start = new Date(Date.now() + 60 * 864e5);
  const conference = await db.conference.create({
    data: {
      slug,
      title: "Benchmark",
      startsAt: start,
      endsAt: new Date(start.getTime() + 864e5),
      venueName: "Bench",
      venueAddress: "Bench",
      status: "published",
      registrationOpensAt: new Date(Date.now() - 864e5),
      hosts: { create: { hostId: host.id, role: "organiser" } },
      sessions: { create: { hostId: host.id, title: "Plenum", startsAt: start, endsAt: new Date(start.getTime() + 36e5), status: "scheduled" } },
    },
    include: { sessions: true },
  });
  return { id: conference.id, slug: conference.slug, sessionId: conference.sessions[0].id };
}
