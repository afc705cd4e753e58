import "server-only";
import { db } from "../db";
import { localizedText } from "../localized";
import { conferenceWaitlistPosition, sessionWaitlistPosition } from "./seats";
import { registrationIdForToken } from "./link-tokens";

/** The registration a valid manage token belongs to, or null (malformed, unknown, revoked and feed tokens alike). */
export async function findRegistrationByToken(token: string) {
  const id = await registrationIdForToken(token, "manage");
  if (!id) return null;
  return db.registration.findUnique({
    where: { id },
    include: {
      conference: {
        include: {
          hosts: { orderBy: { position: "asc" }, include: { host: { select: { name: true, shortName: true } } } },
          questions: { where: { archivedAt: null }, orderBy: { position: "asc" } },
        },
      },
      sessions: {
        where: { status: { not: "cancelled" } },
        include: { session: { include: { room: { select: { name: true } }, host: { select: { shortName: true } } } } },
        orderBy: { session: { startsAt: "asc" } },
      },
    },
  });
}

export type ManagedRegistration = NonNullable<Awaited<ReturnType<typeof findRegistrationByToken>>>;

/**
 * The attendee's view of their registration, with waiting-list positions; session titles in
 * `locale` (English where entered, else German — lib/localized.ts). The JSON API stays German.
 */
export async function registrationView(r: ManagedRegistration, locale = "de") {
  const sessions = await Promise.all(
    r.sessions.map(async (s) => ({
      id: s.sessionId,
      title: localizedText(s.session.title, s.session.titleEn, locale),
      startsAt: s.session.startsAt,
      endsAt: s.session.endsAt,
      room: s.session.room?.name ?? null,
      host: s.session.host.shortName,
      sessionStatus: s.session.status,
      status: s.status as "confirmed" | "waitlisted",
      waitlistPosition: s.status === "waitlisted" ? await sessionWaitlistPosition(db, s) : null,
    })),
  );
  return {
    id: r.id,
    status: r.status,
    waitlistPosition: r.status === "waitlisted" ? await conferenceWaitlistPosition(db, r) : null,
    name: r.name,
    email: r.email,
    organisation: r.organisation,
    jobTitle: r.jobTitle,
    accessibilityNeeds: r.accessibilityNeeds,
    dietaryRequirements: r.dietaryRequirements,
    answers: (r.answers ?? {}) as Record<string, string | string[] | boolean>,
    locale: r.locale,
    checkInCode: r.status === "confirmed" ? r.checkInCode : null,
    createdAt: r.createdAt,
    sessions,
  };
}

/** Per-session waiting-list lengths: written by the public pages' queries, re-exported so callers find it with the other registration queries. */
export { waitlistLengths } from "../conferences/queries";
