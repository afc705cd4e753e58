/**
 * Attendees of a conference as organisers see them. Organising hosts see everyone; a partner host
 * sees the attendees of the sessions it is responsible for; others see nothing (not found).
 */
import "server-only";
import { db, dbProvider, type Prisma } from "../db";
import { AppError } from "../errors";
import { conferenceAccess, type ConferenceAccess, type OrganiserActor } from "../hosts/permissions";

export type AttendeeFilter = { q?: string; status?: "confirmed" | "waitlisted" | "cancelled"; sessionId?: string; hostId?: string };

/**
 * The registrations of a conference this access may see, narrowed by the filter: the attendee
 * page, its CSV and the organiser API share it, so they never disagree about who is visible.
 */
export function attendeeWhere(conferenceId: string, access: ConferenceAccess, f: AttendeeFilter): Prisma.RegistrationWhereInput {
  const where: Prisma.RegistrationWhereInput = { conferenceId };
  const and: Prisma.RegistrationWhereInput[] = [];
  // A partner host's members (owners, editors and viewers alike) see only its sessions' attendees.
  if (access.readHostIds) and.push({ sessions: { some: { status: { not: "cancelled" }, session: { hostId: { in: access.readHostIds } } } } });
  if (f.status) and.push({ status: f.status });
  if (f.sessionId) and.push({ sessions: { some: { sessionId: f.sessionId, status: { not: "cancelled" } } } });
  if (f.hostId) and.push({ sessions: { some: { status: { not: "cancelled" }, session: { hostId: f.hostId } } } });
  if (f.q?.trim()) {
    const q = f.q.trim().slice(0, 100);
    // SQLite's LIKE ignores ASCII case already; PostgreSQL needs to be told.
    const text = (value: string) => ({ contains: value, ...(dbProvider === "postgresql" ? { mode: "insensitive" as const } : {}) });
    and.push({ OR: [{ name: text(q) }, { emailKey: text(q.toLowerCase()) }, { organisation: text(q) }, { checkInCode: q.toUpperCase() }] });
  }
  if (and.length) where.AND = and;
  return where;
}

const attendeeOrder: Prisma.RegistrationOrderByWithRelationInput[] = [{ status: "asc" }, { createdAt: "asc" }, { id: "asc" }];
const attendeeInclude = { sessions: { where: { status: { not: "cancelled" as const } }, include: { session: { select: { title: true, hostId: true } } } } };

/** Rows per page of the organiser's list; the CSV export streams all of them. */
export const ATTENDEE_PAGE_SIZE = 100;

export async function listAttendees(options: { conferenceId: string; actor: OrganiserActor; filter?: AttendeeFilter; page?: number; pageSize?: number }) {
  const access = await conferenceAccess(db, options.actor, options.conferenceId);
  if (access.level === "none") throw new AppError("not_found", "Conference not found");
  const where = attendeeWhere(options.conferenceId, access, options.filter ?? {});
  const pageSize = options.pageSize ?? ATTENDEE_PAGE_SIZE;
  const page = Math.max(1, Math.floor(options.page ?? 1));
  const [conference, registrations, matching, counts, perSession, checkedIn] = await Promise.all([
    db.conference.findUniqueOrThrow({
      where: { id: options.conferenceId },
      include: {
        questions: { where: { archivedAt: null }, orderBy: { position: "asc" } },
        sessions: { where: { status: { not: "draft" } }, orderBy: { startsAt: "asc" }, select: { id: true, title: true, hostId: true, seatsTaken: true, capacity: true } },
        hosts: { include: { host: { select: { id: true, shortName: true } } } },
      },
    }),
    db.registration.findMany({ where, orderBy: attendeeOrder, skip: (page - 1) * pageSize, take: pageSize, include: attendeeInclude }),
    db.registration.count({ where }),
    db.registration.groupBy({ by: ["status"], where: { conferenceId: options.conferenceId }, _count: { _all: true } }),
    db.sessionRegistration.groupBy({ by: ["sessionId", "status"], where: { session: { conferenceId: options.conferenceId }, status: { not: "cancelled" } }, _count: { _all: true } }),
    db.registration.count({ where: { conferenceId: options.conferenceId, checkedInAt: { not: null } } }),
  ]);
  const count = (status: string) => counts.find((c) => c.status === status)?._count._all ?? 0;
  const sessionCount = (sessionId: string, status: string) => perSession.find((c) => c.sessionId === sessionId && c.status === status)?._count._all ?? 0;
  return {
    access,
    conference,
    /** One page of the matching registrations, in the list's order. */
    registrations,
    page: { number: page, size: pageSize, total: matching, count: Math.max(1, Math.ceil(matching / pageSize)) },
    /** Confirmed and waiting per session, for the filter and the selected session's summary. */
    sessionCounts: Object.fromEntries(conference.sessions.map((s) => [s.id, { confirmed: sessionCount(s.id, "confirmed"), waitlisted: sessionCount(s.id, "waitlisted") }])) as Record<string, { confirmed: number; waitlisted: number }>,
    counts: { confirmed: count("confirmed"), waitlisted: count("waitlisted"), cancelled: count("cancelled"), checkedIn },
  };
}

export type AttendeeList = Awaited<ReturnType<typeof listAttendees>>;

/**
 * Every registration the actor may see, page by page (keyset on the list's order), for exports of
 * any size in constant memory. The access check happens once, before the first page.
 */
export async function attendeePages(options: { conferenceId: string; actor: OrganiserActor; filter?: AttendeeFilter; pageSize?: number }) {
  const access = await conferenceAccess(db, options.actor, options.conferenceId);
  if (access.level === "none") throw new AppError("not_found", "Conference not found");
  const conference = await db.conference.findUniqueOrThrow({
    where: { id: options.conferenceId },
    include: { questions: { where: { archivedAt: null }, orderBy: { position: "asc" } } },
  });
  const where = attendeeWhere(options.conferenceId, access, options.filter ?? {});
  const take = options.pageSize ?? 1000;
  async function* pages() {
    let cursor: string | undefined;
    for (;;) {
      const page = await db.registration.findMany({ where, orderBy: attendeeOrder, take, include: attendeeInclude, ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}) });
      if (page.length) yield page;
      if (page.length < take) return;
      cursor = page[page.length - 1].id;
    }
  }
  return { conference, pages: pages() };
}
